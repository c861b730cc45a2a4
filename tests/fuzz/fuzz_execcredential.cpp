// libFuzzer target: an exec credential plugin's stdout (ExecCredential JSON), checked as
// client-go does, and the `exp` claim of the token it returns.
#include "cluster/credentials.h"

#include <cstddef>
#include <cstdint>
#include <QByteArray>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace parapet;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The configured apiVersion comes from the kubeconfig; the size picks one so that both
    // versions (and a mismatch) are reached without spending input bytes on it.
    static const QString versions[] = {
        QStringLiteral("client.authentication.k8s.io/v1"),
        QStringLiteral("client.authentication.k8s.io/v1beta1"),
    };
    ExecConfig exec;
    exec.command = QStringLiteral("fuzz-plugin");
    exec.apiVersion = versions[size % 2];
    const auto credential = parseExecCredential(bytes, exec);
    if (credential && !credential->bearerToken.isEmpty())
        (void)jwtExpiry(credential->bearerToken);
    // Tokens are opaque strings: any bytes must be safe to inspect as a JWT too.
    (void)jwtExpiry(QString::fromUtf8(bytes));
    return 0;
}
