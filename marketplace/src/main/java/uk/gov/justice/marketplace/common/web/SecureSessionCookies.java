package uk.gov.justice.marketplace.common.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.session.http.HttpSessionConfiguration;
import jakarta.inject.Singleton;

/** The session cookie is Secure whenever the service is behind TLS ({@link TransportSecurity}). */
@Singleton
class SecureSessionCookies implements BeanCreatedEventListener<HttpSessionConfiguration> {

    private final TransportSecurity transport;

    SecureSessionCookies(TransportSecurity transport) {
        this.transport = transport;
    }

    @Override
    public HttpSessionConfiguration onCreated(BeanCreatedEvent<HttpSessionConfiguration> event) {
        HttpSessionConfiguration session = event.getBean();
        session.setCookieSecure(transport.behindTls());
        return session;
    }
}
