package io.arangoconsole.core.arango;

import io.arangoconsole.core.arango.ConnectionFailure.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Builds the TLS context that trusts exactly the CA file of a profile (PEM or DER, one or several certificates). */
final class SslContexts {

    private SslContexts() {
    }

    /** @throws ConnectionFailure (TLS) when the file is missing or holds no certificate */
    static SSLContext trusting(Path caFile) {
        try (InputStream in = Files.newInputStream(caFile)) {
            Collection<? extends Certificate> certificates =
                    CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                throw notACertificate(caFile, null);
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("ca-" + i++, certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (NoSuchFileException e) {
            throw new ConnectionFailure(Reason.TLS, "CA file not found: " + caFile + ".", e);
        } catch (IOException e) {
            throw new ConnectionFailure(Reason.TLS, "CA file cannot be read: " + caFile + ".", e);
        } catch (GeneralSecurityException e) {
            throw notACertificate(caFile, e);
        }
    }

    private static ConnectionFailure notACertificate(Path caFile, Exception cause) {
        return new ConnectionFailure(Reason.TLS, "CA file " + caFile + " holds no PEM or DER certificate.", cause);
    }
}
