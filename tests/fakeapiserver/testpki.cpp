#include "testpki.h"

#include <atomic>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace parapet::test {

namespace {

using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using Cert = std::unique_ptr<X509, decltype(&X509_free)>;

Key newKey()
{
    return Key(EVP_EC_gen("P-256"), &EVP_PKEY_free);
}

QByteArray keyPem(EVP_PKEY *key)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(n));
}

QByteArray certPem(X509 *cert)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    PEM_write_bio_X509(bio.get(), cert);
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(n));
}

Key readKey(const QByteArray &pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())),
                                                  &BIO_free);
    return Key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
}

Cert readCert(const QByteArray &pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())),
                                                  &BIO_free);
    return Cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), &X509_free);
}

void addExt(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (ext) {
        X509_add_ext(cert, ext, -1);
        X509_EXTENSION_free(ext);
    }
}

long nextSerial()
{
    static std::atomic_long serial{1000};
    return ++serial;
}

Cert baseCert(EVP_PKEY *key, const QString &cn, const QStringList &orgs, qint64 notBefore,
              qint64 notAfter)
{
    Cert cert(X509_new(), &X509_free);
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), nextSerial());
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), long(notBefore));
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(notAfter));
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    for (const QString &o : orgs) {
        const QByteArray v = o.toUtf8();
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(v.constData()), -1, -1,
                                   0);
    }
    const QByteArray c = cn.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(c.constData()), -1, -1, 0);
    return cert;
}

} // namespace

TestCert TestPki::makeCa(const QString &commonName)
{
    Key key = newKey();
    Cert cert = baseCert(key.get(), commonName, {}, -3600, 10 * 24 * 3600);
    X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get()));
    addExt(cert.get(), cert.get(), NID_basic_constraints, "critical,CA:TRUE");
    addExt(cert.get(), cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature");
    addExt(cert.get(), cert.get(), NID_subject_key_identifier, "hash");
    X509_sign(cert.get(), key.get(), EVP_sha256());
    return {certPem(cert.get()), keyPem(key.get())};
}

TestCert TestPki::makeLeaf(const TestCert &ca, const LeafOptions &o)
{
    Key caKey = readKey(ca.keyPem);
    Cert caCert = readCert(ca.certPem);
    Key key = newKey();
    Cert cert = baseCert(key.get(), o.commonName, o.organizations, o.notBefore, o.notAfter);
    X509_set_issuer_name(cert.get(), X509_get_subject_name(caCert.get()));
    addExt(cert.get(), caCert.get(), NID_basic_constraints, "critical,CA:FALSE");
    addExt(cert.get(), caCert.get(), NID_key_usage, "critical,digitalSignature,keyEncipherment");
    addExt(cert.get(), caCert.get(), NID_ext_key_usage, o.server ? "serverAuth" : "clientAuth");
    addExt(cert.get(), caCert.get(), NID_authority_key_identifier, "keyid:always");
    QStringList san;
    for (const QString &d : o.dnsNames)
        san << QStringLiteral("DNS:") + d;
    for (const QString &ip : o.ipAddresses)
        san << QStringLiteral("IP:") + ip;
    if (!san.isEmpty())
        addExt(cert.get(), caCert.get(), NID_subject_alt_name, san.join(u',').toLatin1());
    X509_sign(cert.get(), caKey.get(), EVP_sha256());
    return {certPem(cert.get()), keyPem(key.get())};
}

TestCert TestPki::makeLocalServer(const TestCert &ca)
{
    LeafOptions o;
    o.commonName = QStringLiteral("kube-apiserver");
    o.dnsNames = {QStringLiteral("localhost"), QStringLiteral("kubernetes.default.svc")};
    o.ipAddresses = {QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    return makeLeaf(ca, o);
}

TestCert TestPki::makeClient(const TestCert &ca, const QString &user, const QStringList &groups)
{
    LeafOptions o;
    o.commonName = user;
    o.organizations = groups;
    o.server = false;
    return makeLeaf(ca, o);
}

} // namespace parapet::test
