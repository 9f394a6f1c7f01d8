#!/usr/bin/env bash
# sandbox/k8s/up.sh: Gantry's sandbox Kubernetes cluster (issue 4). A real single-node
# Kubernetes v1.20.2: kube-apiserver, kube-controller-manager, kube-scheduler, kubelet and
# kube-proxy (iptables mode) built from Debian bookworm's `kubernetes` source package (with Go
# 1.19), Debian's etcd, and a containerd of its own (never Docker's). Node name: `localhost`. See
# sandbox/k8s/README.md.
#
# Idempotent: builds only the binaries that are not cached (cold: ~9 min on 2 cores), starts only
# what is not running (warm: ~12 s). Everything lives under K8S_HOME, outside the repo. Progress
# goes to stderr; the LAST line on stdout is KUBECONFIG=<path> (sandbox/sandbox.sh relies on it).
#
# Environment:
#   K8S_HOME        state and cache (default /var/lib/gantry-k8s)
#   K8S_KEEP_BUILD  1 keeps the build tree and Go build cache (~2 GiB) after a successful build
#   GANTRY_REGISTRY the sandbox registry host:port that the cluster's containerd pulls from over
#                   plain HTTP (default 127.0.0.1:5000; credentials come from image pull secrets)
#
# Derived from the working reference in /work/shared/k8s-sandbox (same facts, same two source
# changes, see patch_reflect2 and patch_kubelet_sysctls).
set -euo pipefail

K8S_HOME=${K8S_HOME:-/var/lib/gantry-k8s}
K8S_KEEP_BUILD=${K8S_KEEP_BUILD:-0}

BIN=$K8S_HOME/bin          # built binaries + BUILD-INFO (cached)
SRC=$K8S_HOME/src          # private apt config and the downloaded source package (cached)
BUILD=$K8S_HOME/build      # unpacked tree, GOPATH, GOCACHE (removed after a successful build)
PKI=$K8S_HOME/pki
CONF=$K8S_HOME/conf
IMAGES=$K8S_HOME/images
DATA=$K8S_HOME/data        # etcd, kubelet root dir, containerd store, CNI IPAM
RUN=$K8S_HOME/run          # PID files, containerd socket and state
LOGS=$K8S_HOME/logs
ADMIN_KUBECONFIG=$K8S_HOME/kubeconfig
CTR_SOCK=$RUN/containerd.sock
TREE=$BUILD/gopath/src/k8s.io/kubernetes

K8S_VERSION=v1.20.2
K8S_COMMIT=faecb196815e248d3ecfb03c680a4507229c2a56   # upstream v1.20.2
SRC_UPSTREAM=1.20.5+really1.20.2                       # Debian's upstream version string
COMPONENTS=(kube-apiserver kube-controller-manager kube-scheduler kubelet kube-proxy)
GO_ROOT=/usr/lib/go-1.19
REFLECT2_DEB=/usr/share/gocode/src/github.com/modern-go/reflect2
PY=/usr/bin/python3
DAEMON_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

ETCD_PORT=23790 ETCD_PEER_PORT=23800 ETCD_METRICS_PORT=23810
APISERVER_PORT=16443 KCM_PORT=10357 SCHEDULER_PORT=10359
KUBELET_PORT=11250 KUBELET_HEALTHZ_PORT=11248
PROXY_HEALTHZ_PORT=10356 PROXY_METRICS_PORT=10349
SERVICE_CIDR=10.96.0.0/16 SERVICE_IP=10.96.0.1
POD_CIDR=10.244.0.0/24 POD_GW=10.244.0.1
BRIDGE=gantry-k8s0 CNI_NET=gantry-k8s
NODE_NAME=localhost
BUSYBOX_IMAGE=docker.io/k8stest/busybox:1
PAUSE_IMAGE=docker.io/k8stest/pause:1

T0=$SECONDS
log() { printf '[up %3ds] %s\n' $((SECONDS - T0)) "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---------------------------------------------------------------------------------------------
# dependencies

dpkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'ok installed'; }
have() { command -v "$1" >/dev/null 2>&1; }

missing_binaries() { # the components whose binary is not cached, one per line
  local c
  for c in "${COMPONENTS[@]}"; do [ -x "$BIN/$c" ] || echo "$c"; done
}

have_binaries() { [ -z "$(missing_binaries)" ] && [ -s "$BIN/BUILD-INFO" ]; }

install_deps() {
  local -a pkgs=()
  have etcd || pkgs+=(etcd-server)
  # Debian's docker.io already depends on containerd; never install a second one.
  { have containerd && have ctr; } || pkgs+=(containerd)
  have runc || pkgs+=(runc)
  [ -x /usr/lib/cni/bridge ] && [ -x /usr/lib/cni/host-local ] && [ -x /usr/lib/cni/loopback ] \
    || pkgs+=(containernetworking-plugins)
  dpkg_installed busybox-static || pkgs+=(busybox-static)
  have openssl || pkgs+=(openssl)
  [ -x "$PY" ] || pkgs+=(python3)
  { have ip && have ss; } || pkgs+=(iproute2)
  have kubectl || pkgs+=(kubernetes-client)
  # kube-proxy (iptables mode): iptables-save/-restore, and conntrack to flush stale UDP entries.
  { have iptables && have iptables-restore; } || pkgs+=(iptables)
  have conntrack || pkgs+=(conntrack)
  if ! have_binaries; then
    [ -x "$GO_ROOT/bin/go" ] || pkgs+=(golang-go)
    [ -f "$REFLECT2_DEB/go_above_118.go" ] || pkgs+=(golang-github-modern-go-reflect2-dev)
    have make || pkgs+=(make)
  fi
  if [ ${#pkgs[@]} -gt 0 ]; then
    log "installing missing packages: ${pkgs[*]}"
    # Lock timeout: other parts of the sandbox may be installing packages at the same time.
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends "${pkgs[@]}" >&2
  fi
  if ! have_binaries; then
    [ -x "$GO_ROOT/bin/go" ] || die "Go 1.19 ($GO_ROOT) is required to build Kubernetes 1.20"
  fi
}

# ---------------------------------------------------------------------------------------------
# build (only when $BIN is not complete)

# apt with a private configuration: our own deb-src list, lists and cache; the system's apt
# sources are never read or changed.
apt_private() {
  apt-get -o Dir::Etc::SourceList="$SRC/apt/sources.list" \
    -o Dir::Etc::SourceParts="$SRC/apt/sources.list.d" \
    -o Dir::State::Lists="$SRC/apt/lists" -o Dir::Cache="$SRC/apt/cache" \
    -o APT::Sandbox::User=root "$@"
}

orig_tarball() { echo "$SRC/kubernetes_${SRC_UPSTREAM}.orig.tar.gz"; }

dsc_file() { # the newest downloaded .dsc of kubernetes $SRC_UPSTREAM, if any
  local f dsc=""
  for f in "$SRC"/kubernetes_"$SRC_UPSTREAM"-*.dsc; do [ -f "$f" ] && dsc=$f; done
  echo "$dsc"
}

verify_source() {
  local dsc
  dsc=$(dsc_file)
  [ -n "$dsc" ] && [ -f "$(orig_tarball)" ] || return 1
  awk '/^Checksums-Sha256:/ {f = 1; next} /^[^ ]/ {f = 0} f && $3 ~ /orig\.tar/ {print $1 "  " $3}' "$dsc" \
    | (cd "$SRC" && sha256sum -c --quiet -) >/dev/null 2>&1
}

fetch_source() {
  if verify_source; then log "source package cached in $SRC"; return 0; fi
  log "downloading Debian source package kubernetes (bookworm, private apt config)"
  mkdir -p "$SRC/apt/sources.list.d" "$SRC/apt/lists" "$SRC/apt/cache"
  local kr=/usr/share/keyrings/debian-archive-keyring.gpg
  cat >"$SRC/apt/sources.list" <<EOF
deb-src [signed-by=$kr] http://deb.debian.org/debian bookworm main
deb-src [signed-by=$kr] http://deb.debian.org/debian bookworm-updates main
deb-src [signed-by=$kr] http://deb.debian.org/debian-security bookworm-security main
EOF
  apt_private update -qq >&2
  (cd "$SRC" && apt_private source --download-only -qq kubernetes >&2)
  verify_source || die "downloaded source is not kubernetes $SRC_UPSTREAM or fails its checksum"
}

go_env() {
  env -u GOFLAGS GO111MODULE=off GOPATH="$BUILD/gopath" GOCACHE="$BUILD/gocache" GOENV=off \
    GOPROXY=off CGO_ENABLED=0 PATH="$GO_ROOT/bin:$PATH" "$@"
}

# Change 1: the vendored github.com/modern-go/reflect2 1.0.1 crashes at run time when built with
# Go >= 1.18 (its linkname'd map iterator no longer matches the runtime); use Debian's 1.0.2.
patch_reflect2() {
  local v=$TREE/vendor/github.com/modern-go/reflect2 ver
  ver=$(dpkg-query -W -f='${Version}' golang-github-modern-go-reflect2-dev)
  case $ver in 1.0.2*) ;; *) die "need golang-github-modern-go-reflect2-dev 1.0.2, found $ver" ;; esac
  [ -f "$v/go_above_17.go" ] || die "vendored reflect2 is not the expected 1.0.1"
  rm -f "$v"/*.go "$v"/*.s
  cp "$REFLECT2_DEB"/*.go "$REFLECT2_DEB"/*.s "$v/"
  log "change 1: vendor/github.com/modern-go/reflect2 replaced by Debian's $ver"
}

# Change 2: the kubelet must warn about, never write, host sysctls (vm.overcommit_memory,
# kernel.panic, ...), which it does by default with KernelTunableModify.
patch_kubelet_sysctls() {
  local f=$TREE/pkg/kubelet/cm/container_manager_linux.go
  local old=$'\tb := KernelTunableModify' new=$'\tb := KernelTunableWarn // gantry-k8s: never modify host sysctls'
  [ "$(grep -cxF "$old" "$f")" = 1 ] || die "kubelet change: line 'b := KernelTunableModify' not found exactly once in $f"
  sed -i 's|^\tb := KernelTunableModify$|\tb := KernelTunableWarn // gantry-k8s: never modify host sysctls|' "$f"
  [ "$(grep -cxF "$new" "$f")" = 1 ] || die "kubelet change did not apply"
  log "change 2: kubelet KernelTunableModify -> KernelTunableWarn"
}

gen_openapi() {
  log "generating OpenAPI definitions (openapi-gen + make gen_openapi)"
  (cd "$TREE" &&
    go_env go build -o _output/bin/openapi-gen ./vendor/k8s.io/kube-openapi/cmd/openapi-gen &&
    go_env make gen_openapi) >>"$LOGS/build.log" 2>&1 || die "gen_openapi failed, see $LOGS/build.log"
  [ -s "$TREE/pkg/generated/openapi/zz_generated.openapi.go" ] || die "openapi was not generated"
}

prepare_tree() {
  [ -f "$BUILD/.prepared" ] && { log "reusing prepared build tree $TREE"; return 0; }
  rm -rf "$BUILD"
  mkdir -p "$TREE"
  log "unpacking $(basename "$(orig_tarball)")"
  tar -xzf "$(orig_tarball)" --strip-components=1 -C "$TREE"
  patch_reflect2
  patch_kubelet_sysctls
  gen_openapi
  touch "$BUILD/.prepared"
}

compile() { # components...
  local ldflags="-s -w" p date pkgs=() c
  date=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  for p in k8s.io/kubernetes/vendor/k8s.io/component-base/version k8s.io/kubernetes/vendor/k8s.io/client-go/pkg/version; do
    ldflags+=" -X $p.gitVersion=$K8S_VERSION -X $p.gitMajor=1 -X $p.gitMinor=20 -X $p.gitCommit=$K8S_COMMIT"
    ldflags+=" -X $p.gitTreeState=dirty -X $p.buildDate=$date"
  done
  for c in "$@"; do pkgs+=("./cmd/$c"); done
  log "compiling $* (GOPATH mode, -p $(nproc))"
  mkdir -p "$BUILD/out"
  (cd "$TREE" && go_env go build -p "$(nproc)" -ldflags "$ldflags" -o "$BUILD/out/" "${pkgs[@]}") \
    >>"$LOGS/build.log" 2>&1 || die "go build failed, see $LOGS/build.log"
}

# BUILD-INFO: the source package, Go, the changes, one `built:` line per build (a later build of
# a component that was missing adds its line) and the SHA-256 of every binary.
write_build_info() { # built-line
  {
    echo "kubernetes $K8S_VERSION from Debian source package $(basename "$(dsc_file)" .dsc)"
    echo "go: $("$GO_ROOT/bin/go" version)"
    echo "changes: vendored reflect2 -> Debian golang-github-modern-go-reflect2-dev 1.0.2; kubelet KernelTunableModify -> KernelTunableWarn"
    if [ -s "$BIN/BUILD-INFO" ]; then grep '^built: ' "$BIN/BUILD-INFO" || true; fi
    echo "$1"
    (cd "$BIN" && sha256sum "${COMPONENTS[@]}")
  } >"$BIN/BUILD-INFO.tmp"
  mv -f "$BIN/BUILD-INFO.tmp" "$BIN/BUILD-INFO"
}

# Builds only the components whose binary is missing: on a machine whose cache predates
# kube-proxy, only kube-proxy is compiled (from the same cached source package).
build_binaries() {
  have_binaries && { log "binaries cached in $BIN ($(head -1 "$BIN/BUILD-INFO"))"; return 0; }
  local t=$SECONDS t1 t2 c missing
  mapfile -t missing < <(missing_binaries)
  if [ ${#missing[@]} = ${#COMPONENTS[@]} ]; then
    log "no cached binaries: cold build (about 9 minutes on 2 cores)"
  else
    log "cached binaries lack ${missing[*]}: building only those"
  fi
  mkdir -p "$LOGS" && : >"$LOGS/build.log"
  fetch_source
  t1=$SECONDS
  prepare_tree
  t2=$SECONDS
  compile "${missing[@]}"
  mkdir -p "$BIN"
  for c in "${missing[@]}"; do mv -f "$BUILD/out/$c" "$BIN/$c"; done
  write_build_info "built: $(date -u +%FT%TZ) ${missing[*]} in $((SECONDS - t))s (download $((t1 - t))s, unpack+changes+openapi $((t2 - t1))s, compile $((SECONDS - t2))s)"
  log "build done in $((SECONDS - t))s"
  [ "$K8S_KEEP_BUILD" = 1 ] || rm -rf "$BUILD"
}

# ---------------------------------------------------------------------------------------------
# PKI (openssl) and configuration

write_file() { # path mode < content; replaces the file only when the content differs
  local f=$1 mode=$2 tmp
  tmp=$(mktemp "$f.XXXXXX")
  cat >"$tmp"
  chmod "$mode" "$tmp"
  if cmp -s "$tmp" "$f"; then rm -f "$tmp"; else mv -f "$tmp" "$f"; fi
}

write_openssl_cnf() {
  write_file "$PKI/openssl.cnf" 644 <<EOF
[req]
distinguished_name = dn
[dn]
[v3_ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign, digitalSignature
subjectKeyIdentifier = hash
[client]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = clientAuth
authorityKeyIdentifier = keyid
[apiserver]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
authorityKeyIdentifier = keyid
subjectAltName = DNS:localhost, DNS:kubernetes, DNS:kubernetes.default, DNS:kubernetes.default.svc, DNS:kubernetes.default.svc.cluster.local, IP:127.0.0.1, IP:$SERVICE_IP
[kubelet_serving]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
authorityKeyIdentifier = keyid
subjectAltName = DNS:$NODE_NAME, IP:127.0.0.1
EOF
}

make_ca() { # name subject
  [ -s "$PKI/$1.crt" ] && [ -s "$PKI/$1.key" ] && return 0
  openssl req -x509 -new -nodes -newkey rsa:2048 -sha256 -days 3650 -subj "$2" \
    -keyout "$PKI/$1.key" -out "$PKI/$1.crt" -config "$PKI/openssl.cnf" -extensions v3_ca 2>/dev/null
}

issue() { # name subject extensions-section [ca]
  local n=$1 subj=$2 ext=$3 ca=${4:-ca}
  [ -s "$PKI/$n.crt" ] && [ -s "$PKI/$n.key" ] && return 0
  openssl req -new -nodes -newkey rsa:2048 -subj "$subj" -keyout "$PKI/$n.key" -out "$PKI/$n.csr" \
    -config "$PKI/openssl.cnf" 2>/dev/null
  openssl x509 -req -in "$PKI/$n.csr" -CA "$PKI/$ca.crt" -CAkey "$PKI/$ca.key" -sha256 -days 3650 \
    -set_serial "0x$(openssl rand -hex 16)" -extfile "$PKI/openssl.cnf" -extensions "$ext" \
    -out "$PKI/$n.crt" 2>/dev/null
  rm -f "$PKI/$n.csr"
}

make_pki() {
  mkdir -p "$PKI"
  (
    umask 077
    write_openssl_cnf
    # A new CA invalidates every certificate (and kubeconfig) signed by the old one.
    if ! { [ -s "$PKI/ca.crt" ] && [ -s "$PKI/ca.key" ]; }; then
      find "$PKI" \( -name '*.crt' -o -name '*.key' \) -delete
      rm -f "$ADMIN_KUBECONFIG" "$CONF"/*.kubeconfig
    fi
    make_ca ca "/CN=gantry-k8s-ca"
    make_ca front-proxy-ca "/CN=gantry-k8s-front-proxy-ca"
    issue apiserver "/CN=kube-apiserver" apiserver
    issue apiserver-kubelet-client "/O=system:masters/CN=kube-apiserver-kubelet-client" client
    issue front-proxy-client "/CN=front-proxy-client" client front-proxy-ca
    issue admin "/O=system:masters/CN=admin" client
    issue controller-manager "/CN=system:kube-controller-manager" client
    issue scheduler "/CN=system:kube-scheduler" client
    issue kubelet "/O=system:nodes/CN=system:node:$NODE_NAME" client
    issue kubelet-serving "/CN=$NODE_NAME" kubelet_serving
    issue kube-proxy "/CN=system:kube-proxy" client   # bound to system:node-proxier by default RBAC
    [ -s "$PKI/sa.key" ] || openssl genrsa -out "$PKI/sa.key" 2048 2>/dev/null
    [ -s "$PKI/sa.pub" ] || openssl rsa -in "$PKI/sa.key" -pubout -out "$PKI/sa.pub" 2>/dev/null
    chmod 644 "$PKI"/*.crt "$PKI/sa.pub"
  )
}

b64() { base64 -w0 <"$1"; }

write_kubeconfig() { # file user cert-name
  write_file "$1" 600 <<EOF
apiVersion: v1
kind: Config
clusters:
- name: gantry-k8s
  cluster:
    server: https://127.0.0.1:$APISERVER_PORT
    certificate-authority-data: $(b64 "$PKI/ca.crt")
users:
- name: $2
  user:
    client-certificate-data: $(b64 "$PKI/$3.crt")
    client-key-data: $(b64 "$PKI/$3.key")
contexts:
- name: gantry-k8s
  context: {cluster: gantry-k8s, user: "$2"}
current-context: gantry-k8s
EOF
}

write_containerd_config() {
  write_file "$CONF/containerd.toml" 644 <<EOF
version = 2
root = "$DATA/containerd"
state = "$RUN/containerd"
disabled_plugins = ["io.containerd.internal.v1.opt", "io.containerd.snapshotter.v1.btrfs", "io.containerd.snapshotter.v1.zfs", "io.containerd.snapshotter.v1.devmapper", "io.containerd.snapshotter.v1.aufs"]
[grpc]
  address = "$CTR_SOCK"
[ttrpc]
  address = "$CTR_SOCK.ttrpc"
[debug]
  address = ""
[metrics]
  address = ""
[plugins."io.containerd.grpc.v1.cri"]
  sandbox_image = "$PAUSE_IMAGE"
  disable_apparmor = true
  restrict_oom_score_adj = true
  enable_selinux = false
  stream_server_address = "127.0.0.1"
  stream_server_port = "0"
  [plugins."io.containerd.grpc.v1.cri".containerd]
    snapshotter = "native"
    default_runtime_name = "runc"
    [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
      runtime_type = "io.containerd.runc.v2"
      [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]
        Root = "$RUN/runc"
        SystemdCgroup = false
  [plugins."io.containerd.grpc.v1.cri".cni]
    bin_dir = "/usr/lib/cni"
    conf_dir = "$CONF/cni"
    max_conf_num = 1
  # Registries: one hosts.toml per registry under certs.d (containerd 1.6 "config_path" layout).
  # The sandbox registry is plain HTTP on loopback; credentials come from the pod's image pull secret.
  [plugins."io.containerd.grpc.v1.cri".registry]
    config_path = "$CONF/certs.d"
EOF
  local host=${GANTRY_REGISTRY:-127.0.0.1:5000}
  mkdir -p "$CONF/certs.d/$host"
  write_file "$CONF/certs.d/$host/hosts.toml" 644 <<EOF
# The sandbox registry ($host): plain HTTP on loopback, htpasswd auth (via imagePullSecrets).
server = "http://$host"
[host."http://$host"]
  capabilities = ["pull", "resolve"]
  skip_verify = true
EOF
}

# isGateway stays false: with it the bridge plugin would set net.ipv4.ip_forward=1 on the host.
# up.sh gives the bridge its address itself, which is all host <-> pod traffic needs.
write_cni_config() {
  mkdir -p "$CONF/cni"
  write_file "$CONF/cni/10-$CNI_NET.conflist" 644 <<EOF
{
  "cniVersion": "0.4.0",
  "name": "$CNI_NET",
  "plugins": [
    {"type": "bridge", "bridge": "$BRIDGE", "isGateway": false, "ipMasq": false, "hairpinMode": true,
     "ipam": {"type": "host-local", "ranges": [[{"subnet": "$POD_CIDR", "gateway": "$POD_GW"}]],
              "routes": [{"dst": "0.0.0.0/0", "gw": "$POD_GW"}], "dataDir": "$DATA/cni-ipam"}},
    {"type": "loopback"}
  ]
}
EOF
}

write_kubelet_config() {
  write_file "$CONF/kubelet.yaml" 644 <<EOF
apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
address: 127.0.0.1
port: $KUBELET_PORT
readOnlyPort: 0
healthzBindAddress: 127.0.0.1
healthzPort: $KUBELET_HEALTHZ_PORT
tlsCertFile: $PKI/kubelet-serving.crt
tlsPrivateKeyFile: $PKI/kubelet-serving.key
rotateCertificates: false
serverTLSBootstrap: false
# computed every 2s, posted only on change (node lease): a new node is Ready in seconds, not 10+
nodeStatusUpdateFrequency: 2s
authentication:
  anonymous: {enabled: false}
  webhook: {enabled: true}
  x509: {clientCAFile: $PKI/ca.crt}
authorization: {mode: Webhook}
cgroupDriver: cgroupfs
failSwapOn: false
makeIPTablesUtilChains: false
runtimeRequestTimeout: 5m
clusterDomain: cluster.local
resolvConf: /etc/resolv.conf
evictionHard: {"memory.available": "100Mi", "nodefs.available": "1%", "imagefs.available": "1%", "nodefs.inodesFree": "1%"}
imageGCHighThresholdPercent: 99
imageGCLowThresholdPercent: 98
serializeImagePulls: false
maxPods: 50
oomScoreAdj: 0
EOF
}

# kube-proxy in iptables mode. NodePorts only on loopback (127.0.0.1:3xxxx; nothing is opened on
# the machine's other addresses). Traffic to a Service from outside the pod network is masqueraded
# (clusterCIDR), so a request from the host reaches a pod from the bridge address and the pod's
# reply comes back through the bridge. The conntrack zeros keep kube-proxy from writing the
# nf_conntrack sysctls; it does set net.ipv4.conf.all.route_localnet=1 (unconditionally in 1.20,
# needed for NodePorts on 127.0.0.1): up.sh records the value before and down.sh restores it.
write_kube_proxy_config() {
  write_file "$CONF/kube-proxy.yaml" 644 <<EOF
apiVersion: kubeproxy.config.k8s.io/v1alpha1
kind: KubeProxyConfiguration
clientConnection:
  kubeconfig: $CONF/kube-proxy.kubeconfig
mode: iptables
hostnameOverride: $NODE_NAME
bindAddress: 127.0.0.1
healthzBindAddress: 127.0.0.1:$PROXY_HEALTHZ_PORT
metricsBindAddress: 127.0.0.1:$PROXY_METRICS_PORT
clusterCIDR: $POD_CIDR
nodePortAddresses: ["127.0.0.0/8"]
conntrack:
  maxPerCore: 0
  min: 0
  tcpEstablishedTimeout: 0s
  tcpCloseWaitTimeout: 0s
iptables:
  masqueradeAll: false
  syncPeriod: 30s
  minSyncPeriod: 0s
EOF
}

write_configs() {
  mkdir -p "$CONF"
  write_kubeconfig "$ADMIN_KUBECONFIG" admin admin
  write_kubeconfig "$CONF/controller-manager.kubeconfig" system:kube-controller-manager controller-manager
  write_kubeconfig "$CONF/scheduler.kubeconfig" system:kube-scheduler scheduler
  write_kubeconfig "$CONF/kubelet.kubeconfig" "system:node:$NODE_NAME" kubelet
  write_kubeconfig "$CONF/kube-proxy.kubeconfig" system:kube-proxy kube-proxy
  write_containerd_config
  write_cni_config
  write_kubelet_config
  write_kube_proxy_config
}

# ---------------------------------------------------------------------------------------------
# test images: OCI archives with Debian's static busybox (no registry, no network)

mkimage() { # out ref entrypoint-json cmd-json
  "$PY" - "$@" <<'PYEOF'
import hashlib, io, json, platform, sys, tarfile
out, ref, entrypoint, cmd = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), json.loads(sys.argv[4])
arch = {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())
applets = ("sh ash cat cp date echo env false grep head hostname httpd id kill ln ls mkdir mv nc "
           "printf ps pwd rm sed sleep sort tail tee test touch true uname wc wget").split()

def entry(t, name, kind=tarfile.REGTYPE, mode=0o644, data=b"", link=""):
    ti = tarfile.TarInfo(name); ti.type = kind; ti.mode = mode; ti.linkname = link
    ti.size = len(data) if kind == tarfile.REGTYPE else 0
    t.addfile(ti, io.BytesIO(data) if kind == tarfile.REGTYPE else None)

layer = io.BytesIO()
with tarfile.open(fileobj=layer, mode="w", format=tarfile.PAX_FORMAT) as t:
    for d, mode in [("bin", 0o755), ("dev", 0o755), ("etc", 0o755), ("proc", 0o555), ("sys", 0o555),
                    ("tmp", 0o1777), ("www", 0o755)]:
        entry(t, d, tarfile.DIRTYPE, mode)
    entry(t, "bin/busybox", mode=0o755, data=open("/bin/busybox", "rb").read())
    for a in applets:
        entry(t, "bin/" + a, tarfile.SYMTYPE, 0o777, link="busybox")
    entry(t, "www/index.html", data=b"hello from the gantry-k8s test image\n")
    entry(t, "etc/passwd", data=b"root:x:0:0:root:/:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/sh\n")
    entry(t, "etc/group", data=b"root:x:0:\nnobody:x:65534:\n")
lb = layer.getvalue(); ld = hashlib.sha256(lb).hexdigest()
cfg = {"Env": ["PATH=/bin"], "WorkingDir": "/"}
if entrypoint: cfg["Entrypoint"] = entrypoint
if cmd: cfg["Cmd"] = cmd
config = {"architecture": arch, "os": "linux", "config": cfg,
          "rootfs": {"type": "layers", "diff_ids": ["sha256:" + ld]},
          "history": [{"created_by": "gantry-k8s up.sh: static busybox"}]}
cb = json.dumps(config, sort_keys=True).encode(); cd = hashlib.sha256(cb).hexdigest()
manifest = {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
            "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": "sha256:" + cd, "size": len(cb)},
            "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar", "digest": "sha256:" + ld, "size": len(lb)}]}
mb = json.dumps(manifest, sort_keys=True).encode(); md = hashlib.sha256(mb).hexdigest()
index = {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json",
         "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": "sha256:" + md,
                        "size": len(mb), "platform": {"architecture": arch, "os": "linux"},
                        "annotations": {"io.containerd.image.name": ref, "org.opencontainers.image.ref.name": ref}}]}
with tarfile.open(out + ".tmp", "w") as t:
    def add(name, b):
        ti = tarfile.TarInfo(name); ti.size = len(b); ti.mode = 0o644; t.addfile(ti, io.BytesIO(b))
    add("oci-layout", b'{"imageLayoutVersion": "1.0.0"}')
    add("index.json", json.dumps(index).encode())
    for d, b in [(ld, lb), (cd, cb), (md, mb)]:
        add("blobs/sha256/" + d, b)
import os; os.replace(out + ".tmp", out)
PYEOF
}

build_images() {
  mkdir -p "$IMAGES"
  [ -s "$IMAGES/busybox.tar" ] || mkimage "$IMAGES/busybox.tar" "$BUSYBOX_IMAGE" 'null' '["/bin/sh"]'
  [ -s "$IMAGES/pause.tar" ] || mkimage "$IMAGES/pause.tar" "$PAUSE_IMAGE" '["/bin/sleep", "2147483647"]' 'null'
}

ctr_k8s() { ctr -a "$CTR_SOCK" -n k8s.io "$@"; }

import_images() {
  local name ref
  for name in pause busybox; do
    ref=$PAUSE_IMAGE; [ $name = busybox ] && ref=$BUSYBOX_IMAGE
    ctr_k8s images ls -q | grep -xF "$ref" >/dev/null && continue
    ctr_k8s images import --snapshotter native "$IMAGES/$name.tar" >/dev/null
    log "imported $ref into the cluster's containerd"
  done
}

# ---------------------------------------------------------------------------------------------
# processes

pid_of() { # component -> PID, if its PID file names a live process of ours
  local f=$RUN/$1.pid pid cmdline
  [ -s "$f" ] || return 1
  pid=$(<"$f")
  cmdline=$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline") || return 1
  [[ $cmdline == *"$K8S_HOME/"* ]] || return 1
  echo "$pid"
}

port_free() { ! ss -Hltn "sport = :$1" | grep -q .; }

# setsid: the daemons get a session of their own and outlive the shell that started them.
start_daemon() { # name ports... -- command...
  local name=$1 p; shift
  while [ "$1" != -- ]; do
    port_free "$1" || die "port 127.0.0.1:$1 for $name is already in use: $(ss -Hltnp "sport = :$1" | head -1)"
    shift
  done
  shift
  [ -f "$LOGS/$name.log" ] && mv -f "$LOGS/$name.log" "$LOGS/$name.log.1"
  rm -f "$RUN/$name.pid"
  # shellcheck disable=SC2016  # $$ and $0 belong to the inner bash
  env -i PATH="$DAEMON_PATH" HOME=/root LANG=C.UTF-8 setsid bash -c 'echo $$ >"$0"; exec "$@"' "$RUN/$name.pid" "$@" \
    </dev/null >"$LOGS/$name.log" 2>&1 9>&- &
  for p in $(seq 50); do [ -s "$RUN/$name.pid" ] && break; sleep 0.1; done
  # The PID file is written just before the exec, and while the kernel loads the new program
  # /proc/PID/cmdline reads empty (a CI run saw a kubelet that was starting reported as "did not
  # start"). So wait for the exec to finish; only a process that is gone did not start.
  for p in $(seq 100); do
    pid_of "$name" >/dev/null && break
    process_exists "$(cat "$RUN/$name.pid" 2>/dev/null)" || break
    sleep 0.05
  done
  pid_of "$name" >/dev/null || { tail -n 20 "$LOGS/$name.log" >&2 || true; die "$name did not start; see $LOGS/$name.log"; }
  log "started $name (pid $(pid_of "$name"))"
}

process_exists() { # PID: a process that has not exited (a zombie has)
  local state
  [ -n "$1" ] && state=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) && [ -n "$state" ] && [ "$state" != Z ]
}

wait_until() { # name seconds command...: wait for command to succeed while name keeps running
  local name=$1 deadline=$((SECONDS + $2)); shift 2
  until "$@" >/dev/null 2>&1; do
    if ! pid_of "$name" >/dev/null; then
      tail -n 20 "$LOGS/$name.log" >&2 || true
      die "$name exited; see $LOGS/$name.log"
    fi
    [ $SECONDS -lt $deadline ] || die "timed out waiting for $name; see $LOGS/$name.log"
    sleep 0.5
  done
}

http_ok() { # URL (TLS not verified: a liveness probe on loopback)
  "$PY" - "$1" <<'PYEOF'
import ssl, sys, urllib.request
ctx = ssl.create_default_context(); ctx.check_hostname = False; ctx.verify_mode = ssl.CERT_NONE
with urllib.request.urlopen(sys.argv[1], timeout=3, context=ctx) as r:
    sys.exit(0 if r.status == 200 else 1)
PYEOF
}

kctl() { kubectl --kubeconfig "$ADMIN_KUBECONFIG" --request-timeout=5s "$@"; }

node_ready_since() { # epoch: node Ready and its heartbeat is not older than epoch
  local cond='{.status.conditions[?(@.type=="Ready")]'
  [ "$(kctl get node "$NODE_NAME" -o jsonpath="$cond.status}")" = True ] || return 1
  [ "$(date -d "$(kctl get node "$NODE_NAME" -o jsonpath="$cond.lastHeartbeatTime}")" +%s)" -ge "$1" ]
}

# The Ready condition right after a kubelet restart is not yet the kubelet's own verdict: the first
# status update can carry the old Ready=True with a fresh heartbeat, and the kubelet then reports
# "container runtime status check may not have completed yet" (NotReady) a moment later (seen in a
# CI run: `up` said Ready, `status` a second later said not Ready). So Ready must hold, with fresh
# heartbeats, for READY_STEADY_S seconds of polls with no NotReady in between.
READY_STEADY_S=${READY_STEADY_S:-5}
READY_FROM=""
node_ready_steady() { # epoch (runs in this shell: READY_FROM persists between polls)
  if ! node_ready_since "$1"; then READY_FROM=""; return 1; fi
  [ -n "$READY_FROM" ] || READY_FROM=$SECONDS
  [ $((SECONDS - READY_FROM)) -ge "$READY_STEADY_S" ]
}

start_etcd() {
  pid_of etcd >/dev/null && return 0
  start_daemon etcd $ETCD_PORT $ETCD_PEER_PORT $ETCD_METRICS_PORT -- "$(command -v etcd)" \
    --name gantry-k8s --data-dir "$DATA/etcd" --logger zap \
    --listen-client-urls "http://127.0.0.1:$ETCD_PORT" --advertise-client-urls "http://127.0.0.1:$ETCD_PORT" \
    --listen-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" --initial-advertise-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
    --initial-cluster "gantry-k8s=http://127.0.0.1:$ETCD_PEER_PORT" \
    --listen-metrics-urls "http://127.0.0.1:$ETCD_METRICS_PORT"
  wait_until etcd 60 http_ok "http://127.0.0.1:$ETCD_PORT/health"
}

start_containerd() {
  if ! pid_of containerd >/dev/null; then
    start_daemon containerd -- "$(command -v containerd)" --config "$CONF/containerd.toml"
    wait_until containerd 60 ctr -a "$CTR_SOCK" version
  fi
  import_images
}

start_apiserver() {
  pid_of kube-apiserver >/dev/null && return 0
  # --endpoint-reconciler-type=none: 127.0.0.1 may not appear in Endpoints, and nothing could route
  # to the kubernetes Service anyway (no kube-proxy).
  start_daemon kube-apiserver $APISERVER_PORT -- "$BIN/kube-apiserver" \
    --etcd-servers="http://127.0.0.1:$ETCD_PORT" \
    --bind-address=127.0.0.1 --secure-port=$APISERVER_PORT --insecure-port=0 --advertise-address=127.0.0.1 \
    --endpoint-reconciler-type=none \
    --tls-cert-file="$PKI/apiserver.crt" --tls-private-key-file="$PKI/apiserver.key" --client-ca-file="$PKI/ca.crt" \
    --authorization-mode=Node,RBAC --enable-admission-plugins=NodeRestriction --allow-privileged=true \
    --service-account-issuer=https://kubernetes.default.svc.cluster.local \
    --api-audiences=https://kubernetes.default.svc.cluster.local \
    --service-account-key-file="$PKI/sa.pub" --service-account-signing-key-file="$PKI/sa.key" \
    --service-cluster-ip-range=$SERVICE_CIDR \
    --kubelet-certificate-authority="$PKI/ca.crt" \
    --kubelet-client-certificate="$PKI/apiserver-kubelet-client.crt" \
    --kubelet-client-key="$PKI/apiserver-kubelet-client.key" \
    --kubelet-preferred-address-types=Hostname,InternalIP \
    --requestheader-client-ca-file="$PKI/front-proxy-ca.crt" --requestheader-allowed-names=front-proxy-client \
    --requestheader-username-headers=X-Remote-User --requestheader-group-headers=X-Remote-Group \
    --requestheader-extra-headers-prefix=X-Remote-Extra- \
    --proxy-client-cert-file="$PKI/front-proxy-client.crt" --proxy-client-key-file="$PKI/front-proxy-client.key" \
    --profiling=false --v=1
  wait_until kube-apiserver 90 kctl get --raw /readyz
}

start_controller_manager() {
  pid_of kube-controller-manager >/dev/null && return 0
  local kc=$CONF/controller-manager.kubeconfig
  start_daemon kube-controller-manager $KCM_PORT -- "$BIN/kube-controller-manager" \
    --kubeconfig="$kc" --authentication-kubeconfig="$kc" --authorization-kubeconfig="$kc" \
    --bind-address=127.0.0.1 --secure-port=$KCM_PORT --port=0 --leader-elect=false \
    --service-account-private-key-file="$PKI/sa.key" --root-ca-file="$PKI/ca.crt" \
    --cluster-signing-cert-file="$PKI/ca.crt" --cluster-signing-key-file="$PKI/ca.key" \
    --use-service-account-credentials=true --service-cluster-ip-range=$SERVICE_CIDR \
    --profiling=false --v=1
  wait_until kube-controller-manager 60 http_ok "https://127.0.0.1:$KCM_PORT/healthz"
}

start_scheduler() {
  pid_of kube-scheduler >/dev/null && return 0
  local kc=$CONF/scheduler.kubeconfig
  start_daemon kube-scheduler $SCHEDULER_PORT -- "$BIN/kube-scheduler" \
    --kubeconfig="$kc" --authentication-kubeconfig="$kc" --authorization-kubeconfig="$kc" \
    --bind-address=127.0.0.1 --secure-port=$SCHEDULER_PORT --port=0 --leader-elect=false \
    --profiling=false --v=1
  wait_until kube-scheduler 60 http_ok "https://127.0.0.1:$SCHEDULER_PORT/healthz"
}

start_kubelet() {
  local since
  if ! pid_of kubelet >/dev/null; then
    since=$(date +%s)
    mkdir -p "$DATA/kubelet"
    start_daemon kubelet $KUBELET_PORT $KUBELET_HEALTHZ_PORT -- "$BIN/kubelet" \
      --config="$CONF/kubelet.yaml" --kubeconfig="$CONF/kubelet.kubeconfig" \
      --root-dir="$DATA/kubelet" --cert-dir="$DATA/kubelet/pki" \
      --container-runtime=remote --container-runtime-endpoint="unix://$CTR_SOCK" \
      --hostname-override=$NODE_NAME --v=1
    wait_until kubelet 60 http_ok "http://127.0.0.1:$KUBELET_HEALTHZ_PORT/healthz"
  else
    since=0
  fi
  READY_FROM=""
  wait_until kubelet 120 node_ready_steady "$since"
}

# Its first sync writes the KUBE-SERVICES chain of the nat table; healthz answers 200 after it.
proxy_synced() {
  http_ok "http://127.0.0.1:$PROXY_HEALTHZ_PORT/healthz" && iptables -w 5 -t nat -S KUBE-SERVICES >/dev/null
}

start_kube_proxy() {
  pid_of kube-proxy >/dev/null && return 0
  local before=$RUN/route_localnet.before
  [ -s "$before" ] || cat /proc/sys/net/ipv4/conf/all/route_localnet >"$before"
  start_daemon kube-proxy $PROXY_HEALTHZ_PORT $PROXY_METRICS_PORT -- "$BIN/kube-proxy" \
    --config="$CONF/kube-proxy.yaml" --v=1
  wait_until kube-proxy 60 proxy_synced
}

all_running() {
  local c
  for c in etcd containerd kube-apiserver kube-controller-manager kube-scheduler kubelet kube-proxy; do
    pid_of "$c" >/dev/null || return 1
  done
}

# The pod bridge and its address, made here rather than by the CNI plugin (see write_cni_config).
setup_bridge() {
  local other
  other=$(ip -4 -o addr show to "$POD_CIDR" | awk -v b="$BRIDGE" '$2 != b {print $2}')
  [ -z "$other" ] || die "pod subnet $POD_CIDR is already used by interface $other"
  ip link show "$BRIDGE" >/dev/null 2>&1 || ip link add name "$BRIDGE" type bridge
  ip -4 -o addr show dev "$BRIDGE" | grep -qF " $POD_GW/" || ip addr add "$POD_GW/${POD_CIDR#*/}" dev "$BRIDGE"
  ip link set "$BRIDGE" up
}

# ---------------------------------------------------------------------------------------------

main() {
  [ "$(id -u)" = 0 ] || die "must run as root"
  case $K8S_HOME in /?*) ;; *) die "K8S_HOME must be an absolute path" ;; esac

  if all_running && have kubectl && node_ready_since 0 2>/dev/null; then
    log "already running under $K8S_HOME; nothing changed"
    echo "KUBECONFIG=$ADMIN_KUBECONFIG"
    return 0
  fi

  mkdir -p "$K8S_HOME"
  exec 9>"$K8S_HOME/.lock"
  flock -n 9 || die "another up.sh or down.sh is running on $K8S_HOME"
  install_deps
  mkdir -p "$LOGS" "$RUN" "$DATA"
  [ -e "$K8S_HOME/.gantry-k8s" ] || touch "$K8S_HOME/.gantry-k8s"   # marker: down.sh --all only removes a directory carrying it
  build_binaries
  make_pki
  write_configs
  build_images
  setup_bridge

  local t=$SECONDS
  start_etcd
  start_containerd
  start_apiserver
  start_controller_manager
  start_scheduler
  start_kubelet
  start_kube_proxy
  log "node $NODE_NAME Ready ($K8S_VERSION), components up in $((SECONDS - t))s, total $((SECONDS - T0))s"
  log "logs: $LOGS   stop: down.sh [--purge|--all]"
  echo "KUBECONFIG=$ADMIN_KUBECONFIG"
}

main "$@"
