#!/bin/sh
# Builds the seed corpora of the libFuzzer targets in tests/fuzz.
#
#   tests/fuzz/seed-corpus.sh OUT_DIR [PARAPET_CLI]
#
# OUT_DIR/<target> (manifest, json, snapshot, labelselector, kubeconfig, execcredential,
# listpage, exceptions: the fuzz_<target> executables) are (re)created from the shared manifest
# corpus (PARAPET_CORPUS, default ../shared/corpus next to the repository, or
# /work/shared/corpus) and tests/data. With PARAPET_CLI (a built parapet-cli) snapshot seeds are
# written from a few corpus folders; without it the snapshot corpus holds only the magic.
# Inputs above 1 MiB are left out (libFuzzer's -max_len default would cut them anyway).
set -eu

out=${1:?usage: seed-corpus.sh OUT_DIR [PARAPET_CLI]}
cli=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
corpus=${PARAPET_CORPUS:-}
if [ -z "$corpus" ]; then
    for c in "$repo/../shared/corpus" /work/shared/corpus; do
        if [ -d "$c" ]; then corpus=$c; break; fi
    done
fi

targets="manifest json snapshot labelselector kubeconfig execcredential listpage exceptions"
for d in $targets; do mkdir -p "$out/$d"; done

# Copies FILE into DIR under a name derived from its content (dedups identical inputs).
seed() {
    size=$(wc -c < "$1")
    [ "$size" -le 1048576 ] || return 0
    sum=$(sha1sum < "$1" | cut -c1-40)
    cp "$1" "$2/$sum"
}

for dir in "$corpus" "$repo/tests/data"; do
    [ -n "$dir" ] && [ -d "$dir" ] || continue
    find "$dir" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) | while read -r f; do
        seed "$f" "$out/manifest"
        case "$f" in
        *.json)
            seed "$f" "$out/json"
            # A JSON List is what a LIST response looks like.
            grep -q '"kind": *"[A-Za-z]*List"' "$f" && seed "$f" "$out/listpage"
            ;;
        esac
        case "$f" in
        */kubeconfig/*) seed "$f" "$out/kubeconfig" ;;
        *exception*) seed "$f" "$out/exceptions" ;;
        esac
    done
done

# Writes stdin to DIR/NAME.
put() { cat > "$1/$2"; }

# Kubeconfigs: every auth form clientcmd knows, merged fields and extensions.
put "$out/kubeconfig" full <<'EOF_'
apiVersion: v1
kind: Config
preferences: {}
current-context: dev
clusters:
- name: dev
  cluster:
    server: https://127.0.0.1:6443
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUIKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=
    tls-server-name: kubernetes
    proxy-url: socks5://127.0.0.1:1080
    disable-compression: true
    extensions:
    - name: client.authentication.k8s.io/exec
      extension: {audience: dev, nested: {list: [1, 2.5, true, null]}}
- name: plain
  cluster: {server: "http://localhost:8080", insecure-skip-tls-verify: true}
users:
- name: token
  user: {token: abc.def.ghi, as: admin, as-groups: [system:masters], as-user-extra: {scopes: [a, b]}}
- name: cert
  user: {client-certificate: cert.pem, client-key: key.pem}
- name: basic
  user: {username: u, password: p}
- name: file
  user: {tokenFile: token}
- name: oidc
  user:
    auth-provider:
      name: oidc
      config: {idp-issuer-url: "https://issuer", client-id: k, id-token: x.y.z, refresh-token: r}
- name: exec
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: aws
      args: [eks, get-token, --cluster-name, dev]
      env: [{name: AWS_PROFILE, value: dev}]
      installHint: install the aws CLI
      provideClusterInfo: true
      interactiveMode: Never
contexts:
- name: dev
  context: {cluster: dev, user: exec, namespace: apps}
- name: token
  context: {cluster: plain, user: token}
- name: cert
  context: {cluster: dev, user: cert}
- name: oidc
  context: {cluster: dev, user: oidc}
EOF_
put "$out/kubeconfig" minimal <<'EOF_'
clusters:
- name: c
  cluster: {server: "https://k:443"}
users:
- name: u
  user: {token: t}
contexts:
- name: x
  context: {cluster: c, user: u}
current-context: x
EOF_
# Anchors, aliases and merge keys: what an alias bomb is made of (see
# tests/data/fuzz-regressions/kubeconfig/extension-alias-bomb.yaml).
put "$out/kubeconfig" aliases <<'EOF_'
x: &x {audience: a, list: [1, 2, 3]}
y: &y [*x, *x, *x]
clusters:
- name: c
  cluster: &cl
    server: https://k
    extensions:
    - name: client.authentication.k8s.io/exec
      extension: {a: *y, b: *y}
- name: d
  cluster: {<<: *cl, tls-server-name: d}
users:
- name: u
  user: {token: t}
contexts:
- name: x
  context: {cluster: c, user: u}
current-context: x
EOF_
printf '' > "$out/kubeconfig/empty"

# ExecCredential outputs: token, certificate pair, expiry, and the usual mistakes.
e=$out/execcredential
printf '%s' '{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{"token":"eyJhbGciOiJSUzI1NiJ9.eyJleHAiOjE5MDAwMDAwMDB9.c2ln"}}' > "$e/token-v1"
printf '%s' '{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1beta1","status":{"token":"t","expirationTimestamp":"2030-01-01T00:00:00Z"}}' > "$e/token-v1beta1"
printf '%s' '{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{"clientCertificateData":"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n","clientKeyData":"-----BEGIN EC PRIVATE KEY-----\nMHc\n-----END EC PRIVATE KEY-----\n"}}' > "$e/cert"
printf '%s' '{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","spec":{"interactive":false},"status":{}}' > "$e/no-token"
printf '%s' '{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{"token":"t","expirationTimestamp":"yesterday"}}' > "$e/bad-time"
printf '%s' '[1,2,3]' > "$e/not-object"

# LIST responses as an API server sends them.
l=$out/listpage
printf '%s' '{"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"42","continue":"eyJ2IjoibWV0YS5rOHMuaW8vdjEifQ"},"items":[{"metadata":{"name":"web","namespace":"shop","labels":{"app":"web"},"managedFields":[{"manager":"kubectl"}]},"spec":{"containers":[{"name":"c","image":"nginx","securityContext":{"privileged":true}}]}}]}' > "$l/pods"
printf '%s' '{"kind":"PartialObjectMetadataList","apiVersion":"meta.k8s.io/v1","metadata":{},"items":[{"kind":"PartialObjectMetadata","apiVersion":"meta.k8s.io/v1","metadata":{"name":"tls","namespace":"shop"},"data":{"k":"c2VjcmV0"}}]}' > "$l/secrets"
printf '%s' '{"kind":"DeploymentList","apiVersion":"apps/v1","metadata":{},"items":null}' > "$l/null-items"
printf '%s' '{"kind":"NamespaceList","apiVersion":"v1","items":[{"metadata":{"name":"a"}},7,{"metadata":{"name":"b","ownerReferences":[{"kind":"X","name":"y"}]}}]}' > "$l/mixed"

# Exceptions files.
put "$out/exceptions" all-fields <<'EOF_'
apiVersion: parapet.io/v1
kind: ExceptionList
exceptions:
  - controls: [NSA-POD-08, NSA-POD-10]
    reason: calico-node programs the host network
    expires: 2027-06-30
    match:
      namespaces: [kube-system, "kube-*"]
      kinds: [ds, Pod]
      names: ["calico-?ode", "web-*"]
      labels: {k8s-app: calico-node}
  - controls: NSA-NET-11
    reason: public entry point
    match:
      labels: "tier in (edge, net),app!=db"
EOF_

# Snapshots: real ones when a CLI is given, else the magic alone.
printf 'PRPTSNAP' > "$out/snapshot/magic"
if [ -n "$cli" ] && [ -n "$corpus" ]; then
    for d in guestbook list-and-json dashboard; do
        [ -d "$corpus/$d" ] || continue
        "$cli" snapshot "$corpus/$d" -o "$out/snapshot/$d.pps" >/dev/null 2>&1 || true
    done
fi

# Label selectors: the forms of apimachinery's grammar, and some near misses.
i=0
while IFS= read -r s; do
    i=$((i + 1))
    printf '%s' "$s" > "$out/labelselector/s$i"
done <<'SELECTORS'
app=web
app==web
app!=web
env in (prod, staging)
env notin (prod,dev)
app
!app
app=web,tier=fe
replicas>2
replicas<3
app=
app.kubernetes.io/name=grafana
example.com/a-b_c.d=v1.2-x_y
env in ()
a=b,,c
=b
key in (a,b
!
SELECTORS

for d in $targets; do
    echo "$d: $(find "$out/$d" -type f | wc -l) inputs"
done
