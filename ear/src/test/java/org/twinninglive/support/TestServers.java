package org.twinninglive.support;

/** Where the suite's servers listen (ear/pom.xml passes the ports). */
public final class TestServers {

    public static final String APP = "http://localhost:" + System.getProperty("test.http.port", "8280");
    public static final String API = APP + "/api";
    public static final String MANAGEMENT = "http://localhost:" + System.getProperty("test.management.port", "10190");
    public static final String KEYCLOAK = "http://localhost:" + System.getProperty("test.keycloak.port", "8380");

    private TestServers() {
    }
}
