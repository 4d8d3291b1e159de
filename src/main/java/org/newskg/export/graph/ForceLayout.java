package org.newskg.export.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic force-directed layout (Fruchterman–Reingold with a cooling schedule), so that formats which
 * carry positions (GraphML for yEd, GEXF, Cytoscape.js, the HTML viewer) open as a readable picture instead of
 * every node on one spot. Same graph, same positions: the start is a spiral in id order and no randomness is used.
 */
public final class ForceLayout {
    private static final double WORK = 4.0e7;
    private static final double GRAVITY = 0.8;

    private ForceLayout() {
    }

    public static PropertyGraph apply(PropertyGraph g) {
        int n = g.nodes().size();
        if (n == 0) {
            return g;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(g.nodes().get(i).id(), i);
        }
        double k = 60.0;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double r = k * Math.sqrt(i + 0.5);
            double a = i * 2.399963229728653; // the golden angle
            x[i] = r * StrictMath.cos(a);
            y[i] = r * StrictMath.sin(a);
        }
        int[][] edges = g.edges().stream()
                .map(e -> new int[] {index.get(e.source()), index.get(e.target())}).toArray(int[][]::new);
        int iterations = (int) Math.max(10, Math.min(300, WORK / ((double) n * n + edges.length)));
        double temperature = k * Math.sqrt(n);
        for (int it = 0; it < iterations; it++) {
            step(x, y, edges, k, temperature);
            temperature *= 0.97;
        }
        List<GraphNode> placed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            placed.add(g.nodes().get(i).at(Math.rint(x[i] * 10) / 10, Math.rint(y[i] * 10) / 10));
        }
        return new PropertyGraph(placed, g.edges());
    }

    private static void step(double[] x, double[] y, int[][] edges, double k, double temperature) {
        int n = x.length;
        double[] dx = new double[n];
        double[] dy = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double ddx = x[i] - x[j];
                double ddy = y[i] - y[j];
                double d2 = Math.max(ddx * ddx + ddy * ddy, 0.01);
                double f = k * k / d2;
                dx[i] += ddx * f;
                dy[i] += ddy * f;
                dx[j] -= ddx * f;
                dy[j] -= ddy * f;
            }
        }
        for (int[] e : edges) {
            double ddx = x[e[0]] - x[e[1]];
            double ddy = y[e[0]] - y[e[1]];
            double d = Math.sqrt(ddx * ddx + ddy * ddy);
            double f = d / k;
            dx[e[0]] -= ddx * f;
            dy[e[0]] -= ddy * f;
            dx[e[1]] += ddx * f;
            dy[e[1]] += ddy * f;
        }
        for (int i = 0; i < n; i++) {
            // a pull to the centre keeps isolated nodes and small components close to the rest
            dx[i] -= x[i] * GRAVITY;
            dy[i] -= y[i] * GRAVITY;
            double len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
            if (len > 0) {
                double move = Math.min(len, temperature);
                x[i] += dx[i] / len * move;
                y[i] += dy[i] / len * move;
            }
        }
    }
}
