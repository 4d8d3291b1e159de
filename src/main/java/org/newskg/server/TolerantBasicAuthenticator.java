package org.newskg.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.security.AuthenticationState;
import org.eclipse.jetty.security.ServerAuthException;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's Basic authentication, with a 401 challenge rather than a 500 for a header whose credentials are
 * not valid Base64 (Jetty lets the decoder's {@code IllegalArgumentException} escape).
 */
final class TolerantBasicAuthenticator extends BasicAuthenticator {
    @Override
    public AuthenticationState validateRequest(Request req, Response res, Callback callback)
            throws ServerAuthException {
        try {
            return super.validateRequest(req, res, callback);
        } catch (IllegalArgumentException malformed) {
            if (res.isCommitted()) {
                return null;
            }
            res.getHeaders().put(HttpHeader.WWW_AUTHENTICATE.asString(), "Basic realm=\"" + _loginService.getName() + "\"");
            Response.writeError(req, res, callback, 401);
            return AuthenticationState.CHALLENGE;
        }
    }
}
