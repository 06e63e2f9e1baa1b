/**
 * An eighth catalog pass over the Kubernetes family: Helm 3.0's "new resource that already exists" and its refused
 * chart downloads, kustomize's strict decoding ("json: unknown field", also under kubectl apply -k and Flux), etcd
 * members of another cluster and its NOSPACE refusal, flannel's missing pod CIDR and the node IPAM controller's
 * CIDRNotAvailable, missing CNI plugin binaries and the dockershim kubelet's sandbox network failure, kubeadm join's
 * older token discovery, kubectl logs timing out on the kubelet's port, port-forward's klog lines
 * and ingress-nginx's risky annotations. Pure: the rules engine alone.
 */
import { answer, engine, expectRecognised, fixText } from './support/recognised';

describe("the Kubernetes family's eighth catalog pass", () => {
  it.each([
    [
      'Error: UPGRADE FAILED: rendered manifests contain a new resource that already exists. Unable to continue with update: existing resource conflict: namespace: default, name: [deployment name], existing_kind: apps/v1, Kind=Deployment, new_kind: apps/v1, Kind=Deployment',
      'kubernetes',
      'resource already exists',
    ],
    [
      'Error: INSTALLATION FAILED: failed to fetch https://keitaro-charts.storage.googleapis.com/charts/ckan-v2.0.2.tgz : 404 Not Found',
      'kubernetes',
      'failed to fetch',
    ],
    [
      'Error: Failed to fetch https://raw.githubusercontent.com/google-cloud-tools/kube-eagle-helm-chart/master/kube-eagle-1.0.4.tgz : 404 Not Found',
      'kubernetes',
      'failed to fetch',
    ],
    [
      'Jun 23 12:24:40 eris etcd2[613]: 2015/06/23 12:24:40 rafthttp: request ignored due to cluster ID mismatch got 47501b6c52dad5bb want a4bbec9326f58813\nJun 23 12:24:52 eris etcd2[613]: 2015/06/23 12:24:52 rafthttp: request ignored due to cluster ID mismatch got 47501b6c52dad5bb want a4bbec9326f58813',
      'kubernetes',
      'cluster ID mismatch',
    ],
    ['rafthttp: failed to find member 55a39bcb338a9147 in cluster a7ef944b95711739', 'kubernetes', 'failed to find member'],
    [
      '{"level":"warn","ts":"2024-05-16T09:26:52.841Z","caller":"rafthttp/stream.go:653","msg":"request sent was ignored by remote peer due to cluster ID mismatch","remote-peer-id":"df54898d3b4a1323","remote-peer-cluster-id":"cc6a2769e8595d1d","local-member-id":"6f5be5a5cdec82d9","local-member-cluster-id":"f2b3b9f758cdc80","error":"cluster ID mismatch"}',
      'kubernetes',
      'cluster ID mismatch',
    ],
    [
      'E0519 00:37:28.550351       1 network.go:102] failed to register network: failed to acquire lease: node "k8s-test-2.novalocal" pod cidr not assigned\nE0519 00:37:29.551107       1 network.go:102] failed to register network: failed to acquire lease: node "k8s-test-2.novalocal" pod cidr not assigned',
      'kubernetes',
      'pod cidr not assigned',
    ],
    [
      'I0219 14:44:38.238032       1 manager.go:166] Defaulting external address to interface address (192.168.122.87)\nE0219 14:44:38.250514       1 network.go:102] failed to register network: failed to acquire lease: node "kube-node-2" pod cidr not assigned\nE0219 14:44:39.250921       1 network.go:102] failed to register network: failed to acquire lease: node "kube-node-2" pod cidr not assigned',
      'kubernetes',
      'pod cidr not assigned',
    ],
    [
      'E0103 08:30:16.323753       1 controller_utils.go:260] Error while processing Node Add/Delete: failed to allocate cidr from cluster cidr at idx:0: CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range\nI0103 08:30:16.324117       1 event.go:294] "Event occurred" object="flannel-worker" kind="Node" apiVersion="v1" type="Normal" reason="CIDRNotAvailable" message="Node flannel-worker status is now: CIDRNotAvailable"',
      'kubernetes',
      'CIDRNotAvailable',
    ],
    [
      '[discovery] Failed to connect to API Server "<cluster-ip>:6443": there is no JWS signed token in the cluster-info ConfigMap. This token id "c33826" is invalid for this cluster, can\'t connect',
      'kubernetes',
      "couldn't validate the identity of the API Server",
    ],
    [
      'discovery] Failed to connect to API Server "192.168.0.8:6443": there is no JWS signed token in the cluster-info ConfigMap. This token id "753691" is invalid for this cluster, can\'t connect',
      'kubernetes',
      "couldn't validate the identity of the API Server",
    ],
    [
      'Failed to connect to API Server "master:6443": token id "p3wt5t" is invalid for this cluster or it has expired. Use "kubeadm token create" on the master node to creating a new valid token',
      'kubernetes',
      "couldn't validate the identity of the API Server",
    ],
    [
      'build: info: kustomize build in directory release/deploy.\nbuild: error: failed to execute kustomize build in release/deploy.\nError: json: unknown field "options"',
      'kubernetes',
      'unknown field',
    ],
    ['$ kustomize build\n\nError: json: unknown field "namespace"', 'kubernetes', 'unknown field'],
    ['$ kustomize.exe build .> tmp.yaml\nError: json: unknown field "patch"', 'kubernetes', 'unknown field'],
    ['kustomize build failed: json: unknown field "spec"', 'kubernetes', 'unknown field'],
    [
      'F0418 23:30:37.698157   99276 helpers.go:115] error: json: unknown field "components"\ngoroutine 1 [running]:\nk8s.io/kubernetes/vendor/k8s.io/klog/v2.stacks(0xc00000e001, 0xc000a2a370, 0x56, 0xad)',
      'kubernetes',
      'unknown field',
    ],
    [
      '$:~/manifests/metadata/base$ kustomize build . | kubectl apply -n kubeflow -f -\nError: json: unknown field "env"\nerror: no objects passed to apply',
      'kubernetes',
      'unknown field',
    ],
    [
      'Error from server: Get "https://192.168.1.109:10250/containerLogs/default/crm-dev-fe-55b9cd7c86-zlzkd/crm-dev-fe?follow=true": dial tcp 192.168.1.109:10250: i/o timeout',
      'kubernetes',
      'i/o timeout',
    ],
    [
      '>kubectl logs genghis-c98d79f7d-lv979 --tail=20\nError from server: Get https://192.168.134.21:10250/containerLogs/default/genghis-c98d79f7d-lv979/genghis?tailLines=20: dial tcp 192.168.134.21:10250: i/o timeout',
      'kubernetes',
      'i/o timeout',
    ],
    [
      '➜ kubectl logs busybox\nError from server: Get https://worker-2:10250/containerLogs/default/busybox/busybox: dial tcp 10.240.0.22:10250: i/o timeout',
      'kubernetes',
      'i/o timeout',
    ],
    [
      '$ oc port-forward -p hello-openshift 8889:8080\nE0731 20:20:01.957450   23274 portforward.go:214] Unable to create listener: Error listen tcp4 127.0.0.1:8889: bind: address already in use\nE0731 20:20:01.957650   23274 portforward.go:214] Unable to create listener: Error listen tcp6 [::1]:8889: bind: address already in use\nW0731 20:20:01.957692   23274 portforward.go:165] Unable to listen on port {8889 8080}: All listeners failed to create with the following errors: listen tcp4 127.0.0.1:8889: bind: address already in use, listen tcp6 [::1]:8889: bind: address already in use',
      'kubernetes',
      'address already in use',
    ],
    [
      'E0102 13:07:55.567357       7 store.go:938] annotation group ConfigurationSnippet contains risky annotation based on ingress configuration',
      'kubernetes',
      'contains risky annotation',
    ],
    [
      'May 26 06:59:12 etcd-1.example.com etcd[95994]: failed to apply request "header:<ID:9866105099223188490 username:\\"user\\" auth_revision:27 > put:<key:\\"test\\" value_size:4 >" with response "" took (4.311µs) to execute, err is etcdserver: no space',
      'kubernetes',
      'etcdserver: no space',
    ],
    [
      'Mar 13 17:21:30 big-nuc k3s[4240]: {"level":"warn","ts":"2022-03-13T17:21:30.783-0700","caller":"etcdserver/util.go:123","msg":"failed to apply request","took":"10.558µs","request":"header:<ID:16997569631274120200 username:\\"etcd-client\\" auth_revision:1 > txn:<compare:<target:MOD key:\\"/bootstrap/ef5238a9efa0\\" mod_revision:0 > success:<request_put:<key:\\"/bootstrap/ef5238a9efa0\\" value_size:12665 >> failure:<>>","response":"","error":"etcdserver: no space"}',
      'kubernetes',
      'etcdserver: no space',
    ],
    [
      'networkPlugin cni failed to set up pod "calico-kube-controllers-5d9b9bfc74-nxrlq_kube-system" network: error getting ClusterInformation: connection is unauthorized: Unauthorized, failed to clean up sandbox container "94c018f22b521170b263f954b2eafbc154b317ad16e86d009fd9e3460e1abea1" network for pod "calico-kube-controllers-5d9b9bfc74-nxrlq": networkPlugin cni failed to teardown pod "calico-kube-controllers-5d9b9bfc74-nxrlq_kube-system" network: error getting ClusterInformation: connection is unauthorized: Unauthorized]',
      'kubernetes',
      'FailedCreatePodSandBox',
    ],
    [
      'Apr 30 21:19:38 z00419767-bcs-0001 kubelet[32535]: : [failed to find plugin "flannel" in path [/opt/cni/bin] failed to find plugin "portmap" in path [/opt/cni/bin]]\nApr 30 21:19:38 z00419767-bcs-0001 kubelet[32535]: W0430 21:19:38.507284   32535 cni.go:239] Unable to update cni config: no valid networks found in /etc/cni/net.d',
      'kubernetes',
      'NetworkPluginNotReady',
    ],
    [
      'networkPlugin cni failed to set up pod network: unable to allocate IP via local cilium agent: [POST /ipam][502] postIpamFailure range is full',
      'kubernetes',
      'FailedCreatePodSandBox',
    ],
  ])('answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the eighth pass leaves the neighbouring answers as they were', () => {
  it.each([
    [
      'Error: UPGRADE FAILED: rendered manifests contain a resource that already exists. Unable to continue with update: ClusterRoleBinding "vault154-server-binding" in namespace "" exists and cannot be imported into the current release: invalid ownership metadata; annotation validation error: missing key "meta.helm.sh/release-name": must be set to "vault154"; annotation validation error: missing key "meta.helm.sh/release-namespace": must be set to "vaultawsmt"',
      'kubernetes',
      'resource already exists',
    ],
    [
      'Nov 21 09:13:10 nodo1-etcd1 etcd: publish error: etcdserver: request timed out\nNov 21 09:13:10 nodo1-etcd1 etcd: request cluster ID mismatch (got 6b4bc4b81731158f want 629f6191abaccb2f)\nNov 21 09:13:10 nodo1-etcd1 etcd: request cluster ID mismatch (got 6b4bc4b81731158f want 629f6191abaccb2f)\nNov 21 09:13:10 nodo1-etcd1 etcd: request sent was ignored (cluster ID mismatch: peer[332a8a315e569778]=6b4bc4b81731158f, local=629f6191abaccb2f)',
      'kubernetes',
      'etcdserver: request timed out',
    ],
    ['Error: INSTALLATION FAILED: repo mittwald not found', 'kubernetes', 'repo not found'],
    [
      '[preflight] Running pre-flight checks\nerror execution phase preflight: couldn\'t validate the identity of the API Server: Get "https://172.31.20.26:6443/api/v1/namespaces/kube-public/configmaps/cluster-info?timeout=10s": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)\nTo see the stack trace of this error execute with --v=5 or higher',
      'kubernetes',
      "couldn't validate the identity of the API Server",
    ],
    [
      '`kubectl port-forward -n prometheus deploy/prometheus-server 8080:9090`\n\nUnable to listen on port 8080: All listeners failed to create with the following errors: Unable to create listener: Error listen tcp4 127.0.0.1:8080: bind: address already in use, Unable to create listener: Error listen tcp6 [::1]:8080: bind: address already in use\nerror: Unable to listen on any of the requested ports: [{8080 9090}]',
      'kubernetes',
      'address already in use',
    ],
    [
      'for: "test-ingress.yaml": error when patching "test-ingress.yaml": admission webhook "validate.nginx.ingress.kubernetes.io" denied the request: annotation group ServerSnippet contains risky annotation based on ingress configuration',
      'kubernetes',
      'admission webhook denied the request',
    ],
    [
      './etcdctl put test blub\n{"level":"warn","ts":"2020-05-26T06:52:20.826-0400","caller":"clientv3/retry_interceptor.go:61","msg":"retrying of unary invoker failed","target":"endpoint://client-6ae0ff7d-58c6-463c-a70f-ca9e403cecc2/etcd-1.example.com:12379","attempt":0,"error":"rpc error: code = ResourceExhausted desc = etcdserver: mvcc: database space exceeded"}\nError: etcdserver: mvcc: database space exceeded',
      'kubernetes',
      'etcdserver: mvcc: database space exceeded',
    ],
    [
      'Warning  FailedCreatePodSandBox  33s               kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "b6385006e8b3eedeaa1fd60e3e69afc9fb758a27666c93708a9211b3c988ab34": plugin type="calico" failed (add): error getting ClusterInformation: connection is unauthorized: Unauthorized',
      'kubernetes',
      'FailedCreatePodSandBox',
    ],
    [
      'Failed create pod sandbox: rpc error: code = Unknown desc =\nNetworkPlugin cni failed to set up pod "hello-world9-27h68_univie"\nnetwork: open /run/flannel/subnet.env: no such file or directory\n(combined from similar events): error determining status: rpc error:\ncode = Unknown desc = Error: No such container:\nf263fbeaac4a4f01f4b75fabb85ae71838a93b5b5c98fe7683eaffeffeb7b81e',
      'kubernetes',
      'FailedCreatePodSandBox',
    ],
    [
      'cni.go:157] Unable to update cni config: No networks found in /etc/cni/net.d\nkubelet.go:2073] Container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized',
      'kubernetes',
      'NetworkPluginNotReady',
    ],
    ['Normal | Failed binding | no persistent volumes available for this claim and no storage class is set', 'kubernetes', 'FailedBinding'],
    ['0/1 nodes are available: 1 pod has unbound immediate PersistentVolumeClaims.', 'kubernetes', 'FailedScheduling'],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it('leaves a json unknown field outside kustomize to others: no pattern claims it', () => {
    expect(engine.analyse({ error: 'Error: json: unknown field "foo"' }).patternId).toBeNull();
  });

  it("leaves apt's failed fetch to the shell", () => {
    expect(
      answer(
        'E: Failed to fetch http://archive.ubuntu.com/ubuntu/pool/main/c/curl/curl_7.58.0-2ubuntu3.16_amd64.deb  404  Not Found [IP: 91.189.88.142 80]',
      ).language,
    ).not.toBe('kubernetes');
  });
});

describe('the eighth pass names what the message is about', () => {
  it('fetches the chart archive Helm could not download', () => {
    expect(
      fixText(
        'Error: INSTALLATION FAILED: failed to fetch https://keitaro-charts.storage.googleapis.com/charts/ckan-v2.0.2.tgz : 404 Not Found',
      ),
    ).toContain('curl -I https://keitaro-charts.storage.googleapis.com/charts/ckan-v2.0.2.tgz');
  });

  it('checks the kubelet port of the node kubectl logs could not reach', () => {
    expect(
      fixText(
        'Error from server: Get "https://192.168.1.109:10250/containerLogs/default/web/web?follow=true": dial tcp 192.168.1.109:10250: i/o timeout',
      ),
    ).toContain('nc -vz 192.168.1.109 10250');
  });

  it('names the field kustomize does not know', () => {
    expect(fixText('$ kustomize build\n\nError: json: unknown field "namespace"')).toContain('"namespace"');
  });
});
