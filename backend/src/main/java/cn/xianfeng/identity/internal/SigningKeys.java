package cn.xianfeng.identity.internal;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.transaction.support.TransactionTemplate;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * The token signing key, kept in PostgreSQL so that every replica signs and validates with the same key.
 * The first replica to start creates it (serialised by an advisory lock); the private half is stored
 * encrypted (AES-GCM, key derived from configuration).
 */
class SigningKeys implements JWKSource<SecurityContext> {

    private static final long CREATE_LOCK = 0x5846_4b45_5953L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final TextEncryptor encryptor;
    private volatile JWKSet keys;

    SigningKeys(JdbcClient jdbc, TransactionTemplate transactions, IdentityProperties.KeyEncryption encryption) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.encryptor = Encryptors.delux(encryption.password(), encryption.salt());
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        return selector.select(keys());
    }

    private JWKSet keys() {
        JWKSet loaded = keys;
        if (loaded == null) {
            loaded = transactions.execute(status -> new JWKSet(loadOrCreate()));
            keys = loaded;
        }
        return loaded;
    }

    private RSAKey loadOrCreate() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CREATE_LOCK).query().singleRow();
        return jdbc.sql("select key_id, public_key, encrypted_private_key from signing_keys order by created_at desc limit 1")
            .query((rs, row) -> decode(rs.getString(1), rs.getBytes(2), rs.getString(3)))
            .optional()
            .orElseGet(this::create);
    }

    private RSAKey create() {
        KeyPair pair = generateRsaKeyPair();
        String keyId = UUID.randomUUID().toString();
        String privateKey = encryptor.encrypt(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
        jdbc.sql("insert into signing_keys (id, key_id, public_key, encrypted_private_key) values (?, ?, ?, ?)")
            .params(UUID.randomUUID(), keyId, pair.getPublic().getEncoded(), privateKey)
            .update();
        return rsaKey(keyId, (RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate());
    }

    private RSAKey decode(String keyId, byte[] publicKey, String encryptedPrivateKey) {
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            byte[] privateKey = Base64.getDecoder().decode(encryptor.decrypt(encryptedPrivateKey));
            return rsaKey(keyId,
                    (RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(publicKey)),
                    (RSAPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(privateKey)));
        }
        catch (NoSuchAlgorithmException | InvalidKeySpecException ex) {
            throw new IllegalStateException("The stored signing key cannot be read", ex);
        }
    }

    private static RSAKey rsaKey(String keyId, RSAPublicKey publicKey, RSAPrivateKey privateKey) {
        return new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(keyId).build();
    }

    private static KeyPair generateRsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
