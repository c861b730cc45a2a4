// libFuzzer target: the kubeconfig loader (yaml-cpp tree -> Kubeconfig) and the resolution of
// every context into a ClientConfig, as `parapet-cli contexts` and live sources do it.
#include "cluster/kubeconfig.h"

#include <cstddef>
#include <cstdint>
#include <QByteArray>
#include <QString>

namespace {

/// The folder the fuzzed file pretends to live in: relative paths resolve below it and never
/// exist, so resolution reports missing files instead of reading any.
const QString kBase = QStringLiteral("/nonexistent-parapet-fuzz");

/// Absolute paths in the input could name /dev/zero or a FIFO; the target is the parser and
/// the validation, not the file system, so such paths are dropped before resolution.
void dropOutsidePath(QString &path)
{
    if (!path.startsWith(kBase))
        path.clear();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace parapet;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto parsed = Kubeconfig::parse(bytes, kBase + QStringLiteral("/config"));
    if (!parsed)
        return 0;
    Kubeconfig config = Kubeconfig::merge({*parsed});
    for (KubeCluster &cluster : config.clusters)
        dropOutsidePath(cluster.certificateAuthority);
    for (KubeUser &user : config.users) {
        (void)user.authKindName();
        dropOutsidePath(user.clientCertificate);
        dropOutsidePath(user.clientKey);
        dropOutsidePath(user.tokenFile);
    }
    // The current context, then each named one (bounded: a config may name thousands).
    int resolved = 0;
    (void)resolveClientConfig(config, ConfigOverrides{});
    for (auto it = config.contexts.constBegin(); it != config.contexts.constEnd() && resolved < 16;
         ++it, ++resolved) {
        ConfigOverrides overrides;
        overrides.context = it.key();
        const auto client = resolveClientConfig(config, overrides);
        if (client) {
            (void)client->authKindName();
            (void)client->displayName();
            if (!client->proxyUrl.isEmpty())
                (void)checkProxyUrl(client->proxyUrl);
        }
    }
    return 0;
}
