package org.newskg.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Facts about this build of newskg. */
public final class Newskg {
    private Newskg() {
    }

    public static String version() {
        try (InputStream in = Newskg.class.getResourceAsStream("/org/newskg/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
