package org.newskg.eval;

/** Whether a fact the system stated is right by the gold file; unknown when the gold file cannot tell. */
enum Verdict { RIGHT, WRONG, UNKNOWN }
