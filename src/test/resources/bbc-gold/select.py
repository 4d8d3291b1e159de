#!/usr/bin/env python3
"""Draws the BBC gold sample: 8 articles from each of the five folders of ../shared/corpus/bbc/news,
with random.Random(SEED).sample over each folder's sorted file names, folders in name order.

    python3 select.py ../../../../../shared/corpus/bbc > sample.txt
"""
import os
import random
import sys

SEED = 16
PER_FOLDER = 8

root = os.path.join(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/bbc", "news")
rng = random.Random(SEED)
for folder in sorted(os.listdir(root)):
    names = sorted(os.listdir(os.path.join(root, folder)))
    for name in rng.sample(names, PER_FOLDER):
        print(f"news/{folder}/{name}")
