/**
 * An eleventh catalog pass over the Kubernetes family, from managed clusters and cluster plumbing: EKS, GKE and AKS
 * clients failing to authenticate (a missing exec credential plugin in client-go's older "getting token:" wording and
 * under a desktop client's title, kubectl's removed Azure auth provider failing to get a token — by Azure AD's AADSTS
 * code when it gives one — and the GCP provider's failing gcloud command, "the server has asked for the client to
 * provide credentials", exec plugins of another API version), kubeconfig and certificate errors (x509's "certificate is
 * valid for" under kubectl, Cilium and CoreDNS, an untrusted kubelet certificate behind kubectl logs), kubeadm's
 * preflight errors, the kubelet's journal (swap, a cgroup driver quoted twice, node not found), the CNI plugins'
 * sandbox failures in the kubelet's log (flannel's missing subnet.env, Calico), CoreDNS failing at start, ingress-nginx's
 * failed reloads and webhook, and metrics-server, the metrics APIService and kubectl top. Real texts as pasted; the
 * second table holds those already answered right and near misses (a Go program's panic, containerd's own sandbox
 * line, a bare x509 line) that must keep their answer. Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the Kubernetes family's eleventh catalog pass", () => {
  it.each([
    [
      'Unable to connect to the server: getting token: exec: exec: "aws": executable file not found in $PATH',
      'kubernetes',
      'credential plugin not found',
    ],
    ['Credential plugin not found\nexec: "aws" executable file not found in $PATH', 'kubernetes', 'credential plugin not found'],
    [
      '$ kubectl get ns\nE0626 09:27:22.863500   99656 azure.go:126] Failed to acquire a token: acquiring a new fresh token: initialing the device code authentication: autorest/adal/devicetoken: Error occurred while handling response from the Device Endpoint: Error HTTP status != 200\nE0626 09:27:22.948121   99656 azure.go:126] Failed to acquire a token: acquiring a new fresh token: initialing the device code authentication: autorest/adal/devicetoken: Error occurred while handling response from the Device Endpoint: Error HTTP status != 200',
      'kubernetes',
      'Failed to acquire a token',
    ],
    [
      'kubectl get nodes\nTo sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code AB9ANNHVM to authenticate.\nE0914 11:42:09.066136    9780 azure.go:126] Failed to acquire a token: acquiring a new fresh token: waiting for device code authentication to complete: autorest/adal/devicetoken: Error while retrieving OAuth token: Unknown Error',
      'kubernetes',
      'Failed to acquire a token',
    ],
    [
      "error: couldn't read version from server: Get https://146.148.119.50:6443/api: x509: certificate is valid for 10.240.0.2, 10.200.100.1, not 146.148.119.50",
      'kubernetes',
      'certificate is valid for',
    ],
    [
      'root@kay200:~# kubectl --kubeconfig a.yaml get pods\nUnable to connect to the server: x509: certificate is valid for 10.233.0.1, 10.6.108.220, 127.0.0.1, not 10.6.108.219',
      'kubernetes',
      'certificate is valid for',
    ],
    [
      '$ kubectl logs coredns-55f86bf584-z4nvv  -n kube-system\nE1126 16:44:51.865931       1 reflector.go:205] github.com/coredns/coredns/plugin/kubernetes/controller.go:350: Failed to list *v1.Endpoints: Get https://10.32.0.1:443/api/v1/endpoints?limit=500&resourceVersion=0: x509: certificate is valid for 192.168.1.111, 127.0.0.1, not 10.32.0.1\nE1126 16:44:51.882204       1 reflector.go:205] github.com/coredns/coredns/plugin/kubernetes/controller.go:348: Failed to list *v1.Service: Get https://10.32.0.1:443/api/v1/services?limit=500&resourceVersion=0: x509: certificate is valid for 192.168.1.111, 127.0.0.1, not 10.32.0.1',
      'kubernetes',
      'certificate is valid for',
    ],
    [
      '$ ./kubectl logs redis-master-wtc0v\nError from server: Get https://192.168.122.143:10250/containerLogs/tyd/redis-master-wtc0v/master: x509: certificate signed by unknown authority',
      'kubernetes',
      'certificate signed by unknown authority',
    ],
    [
      'Feb 07 16:53:07 kubernetes.2020-02-07-k8s-user-test.local kubelet[21449]: F0207 16:53:07.576611   21449 server.go:273] failed to run Kubelet: failed to create kubelet: misconfiguration: kubelet cgroup driver: "\'systemd\'" is different from docker cgroup driver: "systemd"',
      'kubernetes',
      'cgroup driver mismatch',
    ],
    [
      'E0113 07:21:34.177717    5472 remote_runtime.go:105] RunPodSandbox from runtime service failed: rpc error: code = Unknown desc = failed to setup network for sandbox "34bef718517f1dd0cc4126de3aeb97a1d6e0fba60240ba923b8966f6391dbb93": failed to find plugin "loopback" in path [/opt/cni/bin]',
      'kubernetes',
      'FailedCreatePodSandBox',
    ],
    [
      '909 available_controller.go:460] v1beta1.metrics.k8s.io failed with: failing or missing response from https://172.20.196.137:4443/apis/metrics.k8s.io/v1beta1: Get "https://172.20.196.137:4443/apis/metrics.k8s.io/v1beta1": context deadline exceeded',
      'kubernetes',
      'context deadline exceeded',
    ],
    [
      'time="2017-11-03T20:55:21Z" level=error msg="Unable to contact k8s api-server" error="Get https://XXX.XXX.XXX.XXX:XXXX/api/v1/componentstatuses/controller-manager: dial tcp XXX.XXX.XXX.XXX:XXXX: i/o timeout" ipAddr="https://XXX.XXX.XXX.XXX:XXXX" subsys=k8s\ntime="2017-11-03T20:55:21Z" level=info msg="Connected to k8s api-server" ipAddr="https://XXX.XXX.XXX.XXX:XXXX" subsys=k8s\ntime="2017-11-03T20:55:51Z" level=fatal msg="Unable to initialize Kubernetes subsystem" error="unable to retrieve k8s node information: Get https://XXX.XXX.XXX.XXX:XXXX/api/v1/nodes: dial tcp XXX.XXX.XXX.XXX:XXXX: i/o timeout"',
      'kubernetes',
      'i/o timeout',
    ],
    [
      '2023-10-26T17:29:43.075198704Z level=info msg="Establishing connection to apiserver" host="https://10.96.0.1:443" subsys=k8s-client\n2023-10-26T17:30:18.080837263Z level=info msg="Establishing connection to apiserver" host="https://10.96.0.1:443" subsys=k8s-client\n2023-10-26T17:30:48.085853480Z level=error msg="Unable to contact k8s api-server" error="Get \\"https://10.96.0.1:443/api/v1/namespaces/kube-system\\": dial tcp 10.96.0.1:443: i/o timeout"',
      'kubernetes',
      'i/o timeout',
    ],
    [
      '2019-06-17T11:53:28.009616667Z level=info msg="Establishing connection to apiserver" host="https://10.96.0.1:443" subsys=k8s\n2019-06-17T11:53:28.017800475Z level=error msg="Unable to contact k8s api-server" error="Get https://10.96.0.1:443/api/v1/componentstatuses/controller-manager: x509: certificate is valid for 127.0.0.1, 172.17.161.219, 172.17.161.219, 10.68.0.1, 10.1.1.1, not 10.96.0.1" ipAddr="https://10.96.0.1:443" subsys=k8s',
      'kubernetes',
      'certificate is valid for',
    ],
    [
      '    Oct 26 14:08:18 k8s-eu-1-master kubelet[1067481]: E1026 14:08:18.459322 1067481 remote_runtime.go:193] "RunPodSandbox from runtime service failed" err="rpc error: code = Unknown desc = failed to setup network for sandbox \\"5db402ddcda98eb797e884575883860a0211c9bf5b6b9d08562793290fd5de78\\": plugin type=\\"flannel\\" failed (add): loadFlannelSubnetEnv failed: open /run/flannel/subnet.env: no such file or directory"\n    Oct 26 14:08:18 k8s-eu-1-master kubelet[1067481]: E1026 14:08:18.459398 1067481 kuberuntime_sandbox.go:72] "Failed to create sandbox for pod" err="rpc error: code = Unknown desc = failed to setup network for sandbox \\"5db402ddcda98eb797e884575883860a0211c9bf5b6b9d08562793290fd5de78\\": plugin type=\\"flannel\\" failed (add): loadFlannelSubnetEnv failed: open /run/flannel/subnet.env: no such file or directory" pod="kube-system/coredns-5dd5756b68-gt7xt"',
      'kubernetes',
      'FailedCreatePodSandBox',
    ],
    [
      'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "": plugin type="flannel" failed (add): open /run/flannel/subnet.env: no such file or directory',
      'kubernetes',
      'FailedCreatePodSandBox',
    ],
    ['plugin/forward: no nameservers found', 'kubernetes', 'no nameservers found'],
    [
      '.:53\n[INFO] plugin/reload: Running configuration MD5 = 47becbcdb53a89983b43c3f6bcc9ddb5\nCoreDNS-1.8.6\nlinux/amd64, go1.17.1, 13a9191\n[ERROR] plugin/errors: 2 kubernetes.kube-system.svc.cluster.local. AAAA: plugin/kubernetes: no next plugin found\n[ERROR] plugin/errors: 2 kubernetes.kube-system.svc.cluster.local. A: plugin/kubernetes: no next plugin found',
      'kubernetes',
      'no next plugin found',
    ],
    [
      'lau@debian:~ $ kubectl logs -n kube-system coredns-7448499f4d-f7kjn\nplugin/kubernetes: Get "https://10.43.0.1:443/version?timeout=32s": dial tcp 10.43.0.1:443: connect: connection refused',
      'kubernetes',
      'connection refused',
    ],
    [
      'I0417 12:14:36.937014       8 controller.go:170] Configuration changes detected, backend reload required.\nE0417 12:14:37.240681       8 controller.go:182] Unexpected failure reloading the backend:\n\n-------------------------------------------------------------------------------\nError: exit status 1\n2019/04/17 12:14:37 [notice] 126#126: ModSecurity-nginx v1.0.0\n2019/04/17 12:14:37 [emerg] 126#126: invalid number of arguments in "set" directive in /tmp/nginx-cfg213387931:4321\nnginx: [emerg] invalid number of arguments in "set" directive in /tmp/nginx-cfg213387931:4321\nnginx: configuration file /tmp/nginx-cfg213387931 test failed',
      'kubernetes',
      'Unexpected failure reloading the backend',
    ],
    [
      'I0314 20:12:47.060145       7 controller.go:190] Backend successfully reloaded.\nI0314 20:12:47.060229       7 controller.go:200] Initial sync, sleeping for 1 second.\nW0314 20:12:48.157942       7 controller.go:218] Dynamic reconfiguration failed: Post http+unix://nginx-status/configuration/backends: dial unix /tmp/nginx-status-server.sock: connect: no such file or directory\nE0314 20:12:48.157985       7 controller.go:222] Unexpected failure reconfiguring NGINX:\nPost http+unix://nginx-status/configuration/backends: dial unix /tmp/nginx-status-server.sock: connect: no such file or directory',
      'kubernetes',
      'Unexpected failure reconfiguring NGINX',
    ],
    [
      '$ kubectl get pods\nUnable to connect to the server: error executing access token command ""/usr/lib/google-cloud-sdk/bin/gcloud config config-helper --format=json"": err=exit status 1 output= stderr=Reauthentication required.\nERROR: (gcloud.config.config-helper) There was a problem reauthenticating while refreshing your current auth tokens: Reauthentication challenge could not be answered because you are not in an interactive session.\nPlease retry your command or run:\n\n  $ gcloud auth login\n\nto obtain new credentials.',
      'kubernetes',
      'error executing access token command',
    ],
    [
      ' map[error:Get https://35.197.31.74/api/v1/namespaces/kube-system/pods?labelSelector=app%3Dhelm%2Cname%3Dtiller: error executing access token command "/usr/local/Caskroom/google-cloud-sdk/latest/google-cloud-sdk/bin/gcloud ": exit status 2]',
      'kubernetes',
      'error executing access token command',
    ],
    [
      "E1116 09:51:11.431092    3771 azure.go:126] Failed to acquire a token: refreshing the expired token: refreshing token: adal: Refresh request failed. Status Code = '400'\nUnable to connect to the server: acquiring a token for authorization header: refreshing the expired token: refreshing token: adal: Refresh request failed. Status Code = '400'",
      'kubernetes',
      'Failed to acquire a token',
    ],
    [
      'E0706 10:11:29.116041   11192 azure.go:126] Failed to acquire a token: refreshing the expired token: refreshing token: adal: Refresh request failed. Status Code = \'400\'. Response body: {"error":"invalid_grant","error_description":"AADSTS50173: The provided grant has expired due to it being revoked. The user might have changed or reset their password. The grant was issued on \'2018-07-05T07:13:31.9243104Z\' and the TokensValidFrom date for this user is \'2018-07-05T19:14:48.0000000Z\'\\r\\nTrace ID: d6ad7409-a863-4301-8b93-090dfa590500\\r\\nCorrelation ID: 56df9172-1358-4b43-b3d8-c829e8644399\\r\\nTimestamp: 2018-07-06 08:11:27Z","error_codes":[50173],"timestamp":"2018-07-06 08:11:27Z"}',
      'kubernetes',
      'AADSTS50173',
    ],
    [
      'E0205 12:31:09.244303  774332 azure.go:154] Failed to acquire a token: unexpected error when refreshing token: refreshing token: adal: Refresh request failed. Status Code = \'400\'. Response body: {"error":"interaction_required","error_description":"AADSTS70043: The refresh token has expired or is invalid due to sign-in frequency checks by conditional access. The token was issued on 2021-01-21T08:51:48.2932205Z and the maximum allowed lifetime for this request is 604800.\\r\\nTrace ID: [redacted]\\r\\nCorrelation ID: [redacted]\\r\\nTimestamp: 2021-02-05 11:31:09Z","error_codes":[70043],"timestamp":"2021-02-05 11:31:09Z","trace_id":"[redacted]","correlation_id":"[redacted]","suberror":"token_expired"}',
      'kubernetes',
      'AADSTS70043',
    ],
    [
      'Message:   2024/10/20 07:46:45 INFO Starting\ntime="2024-10-20T07:46:45Z" level=info msg="Establishing connection to apiserver" host="https://10.43.0.1:443" subsys=k8s-client\ntime="2024-10-20T07:47:50Z" level=error msg="Unable to contact k8s api-server" error="Get \\"https://10.43.0.1:443/api/v1/namespaces/kube-system\\": dial tcp 10.43.0.1:443: i/o timeout" ipAddr="https://10.43.0.1:443" subsys=k8s-client',
      'kubernetes',
      'i/o timeout',
    ],
    [
      'E0304 10:00:31.778179    3212 azure.go:127] Failed to acquire a token: acquiring a new fresh token: waiting for device code authentication to complete: autorest/adal/devicetoken: Error while retrieving OAuth token: Unknown Error',
      'kubernetes',
      'Failed to acquire a token',
    ],
    [
      'E0713 11:43:46.581167   13628 azure.go:154] Failed to acquire a token: unexpected error when refreshing token: refreshing token: adal: Refresh request failed. Status Code = \'400\'. Response body: {"error":"invalid_grant","error_description":"AADSTS50173: The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.","error_codes":[50173],"timestamp":"2022-07-13 15:43:46Z"}',
      'kubernetes',
      'AADSTS50173',
    ],
    [
      'E0322 17:45:49.947710   13076 azure.go:154] Failed to acquire a token: unexpected error when refreshing token: refreshing token: adal: Refresh request failed. Status Code = \'400\'. Response body:{"error":"interaction_required","error_description":"AADSTS70043: The refresh token has expired or is invalid due to sign-in frequency checks by conditional access. The token was issued on 2021-03-19T13:32:04.3618936Z and the maximum allowed lifetime for this request is 43200.","error_codes":[70043]}',
      'kubernetes',
      'AADSTS70043',
    ],
  ])('recognises %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    [
      'E0709 10:17:27.723595   34196 memcache.go:265] couldn\'t get current server API group list: Get "https://34.x.x.x/api?timeout=32s": getting credentials: exec: executable gke-gcloud-auth-plugin not found\n\nIt looks like you are trying to use a client-go credential plugin that is not installed.\n\nTo learn more about this feature, consult the documentation available at:\n      https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins',
      'kubernetes',
      'credential plugin not found',
    ],
    [
      'gcloud container clusters get-credentials $(terraform output -raw kubernetes_cluster_name) --region $(terraform output -raw region)\nFetching cluster endpoint and auth data.\nCRITICAL: ACTION REQUIRED: gke-gcloud-auth-plugin, which is needed for continued use of kubectl, was not found or is not executable. Install gke-gcloud-auth-plugin for use with kubectl by following https://cloud.google.com/blog/products/containers-kubernetes/kubectl-auth-changes-in-gke',
      'kubernetes',
      'credential plugin not found',
    ],
    [
      'generate content\t{"client-id": "4df2e6ea-1f03-11ed-a6e8-acde48001122", "err": "generate content: Get \\"https://10.35.128.2/api?timeout=32s\\": getting credentials: exec: executable gke-gcloud-auth-plugin not found", "content-path": "overview/namespace/default"}',
      'kubernetes',
      'credential plugin not found',
    ],
    [
      'fatal: [localhost]: FAILED! => {"changed": true, "cmd": "~/bin/flux bootstrap git --url=https://github.com/*******/network-bevel.git --branch=main --path=platforms/hyperledger-fabric/releases/dev --version=v0.35.0 --namespace=flux-production\\n", "msg": "non-zero return code", "rc": 1, "stderr": "✗ kubernetes client initialization failed: Get \\"https://**************/api?timeout=32s\\": getting credentials: exec: executable gke-gcloud-auth-plugin not found\\n\\nIt looks like you are trying to use a client-go credential plugin that is not installed."}',
      'kubernetes',
      'credential plugin not found',
    ],
    [
      '6:07PM INF Retrieved 0 resources from collector name=Cluster\n6:07PM ERR Failed to retrieve data from collector error="list: failed to list: Get \\"https://<IP Address>/api/v1/secrets?labelSelector=owner%3Dhelm\\": getting credentials: exec: executable gke-gcloud-auth-plugin not found" name="Helm v3"',
      'kubernetes',
      'credential plugin not found',
    ],
    [
      'Unable to connect to the server: getting credentials: exec: executable aws not found\n\nIt looks like you are trying to use a client-go credential plugin that is not installed.\n\nTo learn more about this feature, consult the documentation available at:\n      https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins',
      'kubernetes',
      'credential plugin not found',
    ],
    [
      'Unable to connect to the server: getting credentials: exec: exec: "heptio-authenticator-aws": executable file not found in $PATH',
      'kubernetes',
      'credential plugin not found',
    ],
    [
      'Switch current context to arn:aws-cn:eks:cn-northwest-1:423963847388:cluster/kb-playground-9jljl OK\nWrite kubeconfig to /Users/hanling/.kbcli/playground/kubeconfig OK\nerror: failed to install KubeBlocks: Get "https://4102F4C6DFC30E7E869D466E3B670E00.yl4.cn-northwest-1.eks.amazonaws.com.cn/version": getting credentials: exec: executable aws not found\n\nIt looks like you are trying to use a client-go credential plugin that is not installed.',
      'kubernetes',
      'credential plugin not found',
    ],
    [
      'Error: getting list of API resources for raw REST client: the server has asked for the client to provide credentials',
      'kubernetes',
      'Unauthorized',
    ],
    [
      "E0408 11:11:19.589785    6069 memcache.go:265] couldn't get current server API group list: the server has asked for the client to provide credentials\nerror: You must be logged in to the server (the server has asked for the client to provide credentials)",
      'kubernetes',
      'Unauthorized',
    ],
    [
      '$ kubectl get pods                         \nerror: You must be logged in to the server (the server has asked for the client to provide credentials)',
      'kubernetes',
      'Unauthorized',
    ],
    [
      'error: error validating "../k8s/workspace-psa.yml": error validating data: failed to download openapi: the server has asked for the client to provide credentials; if you choose to ignore these errors, turn validation off with --validate=false\nE0301 06:57:22.274680   16581 memcache.go:265] couldn\'t get current server API group list: the server has asked for the client to provide credentials',
      'kubernetes',
      'Unauthorized',
    ],
    ['panic: the server has asked for the client to provide credentials (get namespaces)', 'go', 'panic'],
    [
      'E0509 05:12:25.428942    6606 memcache.go:265] "Unhandled Error" err="couldn\'t get current server API group list: the server has asked for the client to provide credentials"\nE0509 05:12:26.525135    6606 memcache.go:265] "Unhandled Error" err="couldn\'t get current server API group list: the server has asked for the client to provide credentials"\nerror: You must be logged in to the server (the server has asked for the client to provide credentials)',
      'kubernetes',
      'Unauthorized',
    ],
    [
      'I0723 17:27:16.445092    6784 execCredentialPlugin.go:111] acquire new token\nI0723 17:27:17.195349    6795 execCredentialPlugin.go:111] acquire new token\nI0723 17:27:17.926715    6805 execCredentialPlugin.go:111] acquire new token\nerror: You must be logged in to the server (Unauthorized)',
      'kubernetes',
      'Unauthorized',
    ],
    [
      'Error: failed to get token: expected an empty error but received: AzureCLICredential: WARNING: A Cloud Shell credential problem occurred.\nERROR: Audience 6dae42f8-4368-4678-94ff-3960e28e3630/.default is not a supported MSI token audience.\nInteractive authentication is needed. Please run:\naz login -- scope 6dae42f8-4368-4678-94ff-3960e28e3630/.default\n\nE0124 09:22:49.253018 1514 memcache.go: 265] "Unhandled Error" err="couldn\'t get current server API group list: Get \\"https://[domain_name]:443/api?timeout=32s\\": getting credentials: exec: executable kubelogin failed with exit code 1"',
      'kubernetes',
      'executable failed with exit code',
    ],
    ['error: exec plugin: invalid apiVersion "client.authentication.k8s.io/v1alpha1"', 'kubernetes', 'invalid apiVersion'],
    [
      'Unable to connect to the server: getting credentials: exec plugin is configured to use API version client.authentication.k8s.io/v1beta1, plugin returned version client.authentication.k8s.io/v1alpha1',
      'kubernetes',
      'invalid apiVersion',
    ],
    ['kubectl ipick get pods\nFATA[0000] exec plugin: invalid apiVersion "client.authentication.k8s.io/v1"', 'kubernetes', 'invalid apiVersion'],
    [
      '❯ kubens default\nerror: failed to query if namespace exists (is cluster accessible?): failed to initialize k8s REST client: exec plugin: invalid apiVersion "client.authentication.k8s.io/v1"',
      'kubernetes',
      'invalid apiVersion',
    ],
    [
      'Error: Kubernetes cluster unreachable: exec plugin: invalid apiVersion "client.authentication.k8s.io/v1"',
      'kubernetes',
      'invalid apiVersion',
    ],
    [
      'setting cluster to kubernetes\nsetting context to oidc@kubernetes\n✘ exec plugin: invalid apiVersion "client.authentication.k8s.io/v1beta1"',
      'kubernetes',
      'invalid apiVersion',
    ],
    [
      "$ kubectl logs awx-cache-75f8c94f5-42lw9 -n ansible\nError from server: Get https://10.142.0.39:10250/containerLogs/ansible/awx-cache-75f8c94f5-42lw9/memcached: x509: cannot validate certificate for 10.142.0.39 because it doesn't contain any IP SANs",
      'kubernetes',
      "doesn't contain any IP SANs",
    ],
    [
      "kubnod01.huffnet.org kubelet[7388]: E0615 11:54:32.106405    7388 event.go:207] Unable to write event: 'Post https://192.168.122.20:6443/api/v1/namespaces/default/events: x509: cannot validate certificate for 192.168.122.20 because it doesn't contain any IP SANs' (may retry after sleeping)",
      'kubernetes',
      "doesn't contain any IP SANs",
    ],
    [
      'error: failed to run Kubelet: failed to create kubelet: misconfiguration: kubelet cgroup driver: "cgroupfs" is different from docker cgroup driver: "systemd"',
      'kubernetes',
      'cgroup driver mismatch',
    ],
    [
      'Jan 03 01:49:48 banwagong localkube[30646]: I0103 01:49:48.656586   30646 docker_service.go:207] Docker cri networking managed by kubernetes.io/no-op\nJan 03 01:49:48 banwagong localkube[30646]: kubelet: Exit with error: failed to run Kubelet: failed to create kubelet: misconfiguration: kubelet cgroup driver: "cgroupfs" is different from docker cgroup driver: "systemd"',
      'kubernetes',
      'cgroup driver mismatch',
    ],
    [
      'failed to create kubelet: misconfiguration: kubelet cgroup driver: "systemd" is different from docker cgroup driver: "cgroupfs"',
      'kubernetes',
      'cgroup driver mismatch',
    ],
    [
      '  Warning  FailedCreatePodSandBox  5m57s                 kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "20d3feb0e9ed29a754fb921b8ae728d4b2d6035d2add28d7e1d4b1f7ce08be10": plugin type="calico" failed (add): Unauthorized\n  Warning  FailedCreatePodSandBox  5m42s                 kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "e8330d941880592e09b78c8bf293bb8506eb3fddcf95f6d90b131798e588011a": plugin type="calico" failed (add): Unauthorized',
      'kubernetes',
      'FailedCreatePodSandBox',
    ],
    [
      'Warning  FailedCreatePodSandBox  2m1s kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "5d8c43f3b8179b87e01a6740a92bf485fe95cb16ca310e0c853ef731197f302b" network for pod "restic-2jsjf": networkPlugin cni failed to set up pod "restic-2jsjf_psc-velero" network: error getting ClusterInformation: Get "https://[10.43.0.1]:443/apis/crd.projectcalico.org/v1/clusterinformations/default": dial tcp 10.43.0.1:443: i/o timeout',
      'kubernetes',
      'FailedCreatePodSandBox',
    ],
    [
      '0s          Warning   FailedCreatePodSandBox   pod/calico-kube-controllers-55b67d5544-kncnd    (combined from similar events): Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "eade90ec78643927bfa771a7da9a2ca7eec55e7d6c080c32456828b868656c6d": add cmd: Error received from AddNetwork gRPC call: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing dial tcp 127.0.0.1:50051: connect: connection refused"',
      'kubernetes',
      'FailedCreatePodSandBox',
    ],
    [
      '[init] Using Kubernetes version: v1.17.2\n[preflight] Running pre-flight checks\n        [WARNING IsDockerSystemdCheck]: detected "cgroupfs" as the Docker cgroup driver. The recommended driver is "systemd". Please follow the guide at https://kubernetes.io/docs/setup/cri/\nerror execution phase preflight: [preflight] Some fatal errors occurred:\n        [ERROR Swap]: running with swap on is not supported. Please disable swap\n[preflight] If you know what you are doing, you can make a check non-fatal with `--ignore-preflight-errors=...`\nTo see the stack trace of this error execute with --v=5 or higher',
      'kubernetes',
      'preflight check failed',
    ],
    [
      '[preflight] Running pre-flight checks.\n\t[WARNING Firewalld]: firewalld is active, please ensure ports [6443 10250] are open or your cluster may not function correctly\n\t[WARNING FileExisting-crictl]: crictl not found in system path\n[preflight] Some fatal errors occurred:\n\t[ERROR Swap]: running with swap on is not supported. Please disable swap\n[preflight] If you know what you are doing, you can make a check non-fatal with `--ignore-preflight-errors=...`',
      'kubernetes',
      'preflight check failed',
    ],
    [
      'fatal: [kube-master]: FAILED! => {"changed": true, "cmd": "kubeadm init  --pod-network-cidr 10.244.0.0/16 > /var/log/kubeadm.init.log", "rc": 2, "stderr": "[preflight] WARNING: Connection to \\"https://172.29.123.19:6443\\" uses proxy \\"http://proxy.example.com:80\\". If that is not intended, adjust your proxy settings\\n[preflight] Some fatal errors occurred:\\n\\trunning with swap on is not supported. Please disable swap\\n[preflight] If you know what you are doing, you can make a check non-fatal with `--ignore-preflight-errors=...`"}',
      'kubernetes',
      'preflight check failed',
    ],
    [
      'Oct 01 11:15:21 master kubelet[16173]: error: failed to run Kubelet: Running with swap on is not supported, please disable swap! or set --fail-swap-on fla\nOct 01 11:15:21 master systemd[1]: kubelet.service: main process exited, code=exited, status=1/FAILURE',
      'kubernetes',
      'failed to run Kubelet',
    ],
    [
      'Feb 05 10:58:14 node-v-1 kubelet[12704]: I0205 10:58:14.917220 12704 swap_util.go:115] "Swap is on" /proc/swaps contents=<\nFeb 05 10:58:14 node-v-1 kubelet[12704]: Filename Type Size Used Priority\nFeb 05 10:58:14 node-v-1 kubelet[12704]: /swapfile file 3991548 0 -2\nFeb 05 10:58:14 node-v-1 kubelet[12704]: >\nFeb 05 10:58:14 node-v-1 kubelet[12704]: E0205 10:58:14.917245 12704 run.go:72] "command failed" err="failed to run Kubelet: running with swap on is not supported, please disable swap >\nFeb 05 10:58:14 node-v-1 systemd[1]: kubelet.service: Main process exited, code=exited, status=1/FAILURE',
      'kubernetes',
      'failed to run Kubelet',
    ],
    [
      '6月 24 13:16:48 kube-node1 kubelet[13626]: F0624 13:16:48.816177   13626 server.go:233] failed to run Kubelet: Running with swap on is not supported, please disable swap! or set --fail-swap-on\n6月 24 13:16:48 kube-node1 systemd[1]: kubelet.service: main process exited, code=exited, status=255/n/a\n6月 24 13:16:48 kube-node1 systemd[1]: Unit kubelet.service entered failed state.',
      'kubernetes',
      'failed to run Kubelet',
    ],
    [
      'Feb 12 18:20:35 node9 kubelet[13941]: F0212 18:20:35.565065   13941 server.go:261] failed to run Kubelet: Running with swap on is not supported, please disable swap! or set --fail-swap-on flag to false. /proc/swaps contained: [Filename#011#011#011#011Type#011#011Size#011Used#011Priority /dev/vdb                                partition#0114194300#0110#011-1]',
      'kubernetes',
      'failed to run Kubelet',
    ],
    [
      'Nov 21 08:21:42 master-1-uxmal kubelet[8228]: E1121 08:21:42.526642    8228 kubelet.go:2424] "Error getting node" err="node \\"master-1-uxmal\\" not found"\nNov 21 08:21:42 master-1-uxmal kubelet[8228]: E1121 08:21:42.626872    8228 kubelet.go:2424] "Error getting node" err="node \\"master-1-uxmal\\" not found"\nNov 21 08:21:42 master-1-uxmal kubelet[8228]: E1121 08:21:42.727919    8228 kubelet.go:2424] "Error getting node" err="node \\"master-1-uxmal\\" not found"',
      'kubernetes',
      'Error getting node',
    ],
    [
      '11月 02 08:35:37 k8smaster kubelet[9121]: E1102 08:35:37.703241    9121 kubelet.go:2448] "Error getting node" err="node \\"k8smaster\\" not found"\n11月 02 08:35:37 k8smaster kubelet[9121]: E1102 08:35:37.803970    9121 kubelet.go:2448] "Error getting node" err="node \\"k8smaster\\" not found"\n11月 02 08:35:37 k8smaster kubelet[9121]: E1102 08:35:37.817541    9121 kubelet.go:2373] "Container runtime network not ready" networkReady="NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not\n11月 02 08:35:37 k8smaster kubelet[9121]: E1102 08:35:37.904965    9121 kubelet.go:2448] "Error getting node" err="node \\"k8smaster\\" not found"',
      'kubernetes',
      'NetworkPluginNotReady',
    ],
    [
      'root@ubuntu:~# journalctl -xeu kubelet\nApr 04 14:25:13 ubuntu kubelet[15169]: E0404 14:25:13.208078   15169 kubelet.go:2266] node "ubuntu" not found\nApr 04 14:25:13 ubuntu kubelet[15169]: E0404 14:25:13.309380   15169 kubelet.go:2266] node "ubuntu" not found\nApr 04 14:25:13 ubuntu kubelet[15169]: E0404 14:25:13.423794   15169 kubelet.go:2266] node "ubuntu" not found',
      'kubernetes',
      'Error getting node',
    ],
    [
      'Mar 10 23:17:52 master1 kubelet[7697]: I0310 23:17:52.113146    7697 kubelet_node_status.go:276] Setting node annotation to enable volume controller attach/detach\nMar 10 23:17:52 master1 kubelet[7697]: W0310 23:17:52.116178    7697 pod_container_deletor.go:75] Container "8cdf30df5af4153aeb6fe1a589acffd62fa810cb47f73ae0ed2ef253353a3847" not found in pod\'s containers\nMar 10 23:17:52 master1 kubelet[7697]: E0310 23:17:52.148956    7697 kubelet.go:2236] node "master1" not found',
      'kubernetes',
      'Error getting node',
    ],
    [
      'Error: exec kubeadm join in 10.0.7.217:22 failed failed to execute command(kubeadm join --config=/root/.sealos/default/etc/kubeadm-join-master.yaml -v 0 --ignore-preflight-errors=SystemVerification) on host(10.0.7.217:22): output(W0110 15:04:32.331275 1941057 initconfiguration.go:120] Usage of CRI endpoints without URL scheme is deprecated and can cause kubelet errors in the future.\n[preflight] Running pre-flight checks\n\t[WARNING SystemVerification]: missing optional cgroups: blkio\nerror execution phase preflight: [preflight] Some fatal errors occurred:\n\t[ERROR FileAvailable--etc-kubernetes-kubelet.conf]: /etc/kubernetes/kubelet.conf already exists\n[preflight] If you know what you are doing, you can make a check non-fatal with `--ignore-preflight-errors=...`\nTo see the stack trace of this error execute with --v=5 or higher), error(Process exited with status 1)',
      'kubernetes',
      'preflight check failed',
    ],
    [
      'root@kube-test:~# kubeadm join 10.37.249.120:6443 --token <my token> --discovery-token-ca-cert-hash sha256<sha token>\n[preflight] Running pre-flight checks.\n[preflight] Some fatal errors occurred:\n\t[ERROR Port-10250]: Port 10250 is in use\n\t[ERROR DirAvailable--etc-kubernetes-manifests]: /etc/kubernetes/manifests is not empty\n\t[ERROR FileAvailable--etc-kubernetes-pki-ca.crt]: /etc/kubernetes/pki/ca.crt already exists\n\t[ERROR FileAvailable--etc-kubernetes-kubelet.conf]: /etc/kubernetes/kubelet.conf already exists\n[preflight] If you know what you are doing, you can make a check non-fatal with `--ignore-preflight-errors=...`',
      'kubernetes',
      'preflight check failed',
    ],
    [
      '16:17:18 pmem-csi-pmem-govm-master\npmem-csi-1.19-worker2: error execution phase preflight: [preflight] Some fatal errors occurred:\n16:17:18 pmem-csi-pmem-govm-master\npmem-csi-1.19-worker2: [ERROR DirAvailable--etc-kubernetes-manifests]: /etc/kubernetes/manifests is not empty\n16:17:18 pmem-csi-pmem-govm-master\npmem-csi-1.19-worker2: [ERROR FileAvailable--etc-kubernetes-kubelet.conf]: /etc/kubernetes/kubelet.conf already exists',
      'kubernetes',
      'preflight check failed',
    ],
    [
      '$ kubectl config use-context kubernetes-admin\nerror: no context exists with the name: "kubernetes-admin".\nERROR: Job failed: error executing remote command: command terminated with non-zero exit code: Error executing in Docker Container: 1',
      'kubernetes',
      'no context exists with the name',
    ],
    [
      "error: couldn't read version from server: Get http://localhost:8080/api: dial tcp 127.0.0.1:8080: connection refused",
      'kubernetes',
      'connection refused',
    ],
    [
      'root@ubuntu:~# kubectl version\nClient Version: version.Info{Major:"1", Minor:"13", GitVersion:"v1.13.1", GitCommit:"eec55b9ba98609a46fee712359c7b5b365bdd920", GitTreeState:"clean", BuildDate:"2018-12-13T10:39:04Z", GoVersion:"go1.11.2", Compiler:"gc", Platform:"linux/amd64"}\nThe connection to the server localhost:8080 was refused - did you specify the right host or port?',
      'kubernetes',
      'connection refused',
    ],
    [' kubectl top nodes\nerror: Metrics API not available', 'kubernetes', 'Metrics API not available'],
    ["when I do kubectl top node I'm getting\nerror: metrics not available yet", 'kubernetes', 'metrics not available yet'],
    [
      '$ kubectl top pod --namespace=monitoring\nW0416 17:58:15.174555    1159 top_pod.go:190] Metrics not available for pod monitoring/grafana-2017641066-rlq7c, age: 26m33.174541702s\nerror: Metrics not available for pod monitoring/grafana-2017641066-rlq7c, age: 26m33.174541702s',
      'kubernetes',
      'Metrics not available for pod',
    ],
    [
      'kubectl -n kube-system top po\nerror: Metrics not available for pod kube-system/alertmanager-cluster-monitoring-kube-pr-alertmanager-0, age: 69h55m32.681659s',
      'kubernetes',
      'Metrics not available for pod',
    ],
    ['Error from server (NotFound): the server could not find the requested resource (get services http:heapster:)', 'kubernetes', 'NotFound'],
    [
      'Warning  FailedCreatePodSandBox  11s    kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "3c05350cf5717b9bcf92a63ffafb7a3d27bd5ad1880de39272e72aa1661e637e": plugin type="flannel" failed (add): loadFlannelSubnetEnv failed: open /run/flannel/subnet.env: no such file or directory',
      'kubernetes',
      'FailedCreatePodSandBox',
    ],
    [
      '  Warning  FailedCreatePodSandBox  1d                 kubelet, node2     Failed create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container "99e30671c80ab8fe5cedd54fb4edd2ce99ebc45ed120e912d2c7e51f2cab350a" network for pod "node1-6777d4468-d6tvq": NetworkPlugin cni failed to set up pod "node1-6777d4468-d6tvq_default" network: open /run/flannel/subnet.env: no such file or directory',
      'kubernetes',
      'FailedCreatePodSandBox',
    ],
    [
      'time="2019-03-04T09:52:59.921084000+01:00" level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:nginx-deployment-76bf4969df-9v59s,Uid:65aa0f59-3d40-11e9-8c52-4ccc6abd096d,Namespace:default,Attempt:0,} failed, error" error="failed to setup network for sandbox \\"588dd7de6c71ecdd24f322e2f15fc66b49ecc9621d95d0ff73e7dc9dfdc20cbf\\": open /run/flannel/subnet.env: no such file or directory"',
      'kubernetes',
      'failed to setup network for sandbox',
    ],
    [
      '(base) [myname@localhost ~]# kubectl logs coredns-7db6d8ff4d-9sggs -n kube-system \nListen: listen tcp :53: bind: permission denied',
      'kubernetes',
      'permission denied',
    ],
    [
      'W0730 23:33:16.686637       8 controller.go:878] Service "demo/demo-cura-backend" does not have any active Endpoint.\nW0730 23:33:16.686695       8 controller.go:781] Error obtaining Endpoints for Service "demo/demo-audit-resourceserver-mg": no object matching key "demo/demo-audit-resourceserver-mg" in local store\nW0730 23:33:16.689968       8 controller.go:781] Error obtaining Endpoints for Service "qa/dummy": no object matching key "qa/dummy" in local store',
      'kubernetes',
      'does not have any active endpoints',
    ],
    [
      'Ingress/namespace/ingress-nginx-analytics-service dry-run failed, reason: InternalError, error: Internal error occurred: failed calling webhook "validate.nginx.ingress.kubernetes.io": failed to call webhook: Post "https://ingress-nginx-controller-admission-internal.ingress-nginx-internal.svc:443/networking/v1/ingresses?timeout=10s": x509: certificate signed by unknown authority',
      'kubernetes',
      'failed calling webhook',
    ],
    [
      'Internal error occurred: failed calling webhook "validate.nginx.ingress.kubernetes.io": Post "https://ingress-nginx-controller-admission.kube-system.svc:443/extensions/v1beta1/ingresses?timeout=30s": x509: certificate signed by unknown authority',
      'kubernetes',
      'failed calling webhook',
    ],
    [
      'Error from server (InternalError): error when creating "ingress-myapp.yaml": Internal error occurred: failed calling webhook "validate.nginx.ingress.kubernetes.io": Post https://ingress-nginx-controller-admission.ingress-nginx.svc:443/extensions/v1beta1/ingresses?timeout=30s: context deadline exceeded',
      'kubernetes',
      'failed calling webhook',
    ],
    [
      'Command server:deploy failed with the error: Internal error occurred: failed calling webhook "validate.nginx.ingress.kubernetes.io": Post "https://ingress-nginx-controller-admission.ingress-nginx.svc:443/networking/v1/ingresses?timeout=10s": x509: certificate signed by unknown authority',
      'kubernetes',
      'failed calling webhook',
    ],
    [
      'root@kubeadm-master:~# kubeadm init --pod-network-cidr=10.244.0.0/16\n[init] Using Kubernetes version: v1.24.13\n[preflight] Running pre-flight checks\n\t[WARNING SystemVerification]: missing optional cgroups: blkio\nerror execution phase preflight: [preflight] Some fatal errors occurred:\n\t[ERROR CRI]: container runtime is not running: output: E0502 08:12:08.411082    4213 remote_runtime.go:925] "Status from runtime service failed" err="rpc error: code = Unimplemented desc = unknown service runtime.v1alpha2.RuntimeService"\ntime="2023-05-02T08:12:08Z" level=fatal msg="getting status of runtime: rpc error: code = Unimplemented desc = unknown service runtime.v1alpha2.RuntimeService"\n, error: exit status 1\n[preflight] If you know what you are doing, you can make a check non-fatal with `--ignore-preflight-errors=...`',
      'kubernetes',
      'preflight check failed',
    ],
    [
      'fatal: [10.128.0.5]: FAILED! => {"changed": true, "cmd": "kubeadm init --service-cidr 10.96.0.0/12 --kubernetes-version v1.19.2 --pod-network-cidr 10.244.0.0/16 --cri-socket=/var/run/containerd/containerd.sock \\n", "msg": "non-zero return code", "rc": 1, "stderr": "W0413 09:09:51.799678    4261 configset.go:348] WARNING: kubeadm cannot validate component configs for API groups [kubelet.config.k8s.io kubeproxy.config.k8s.io]\\nerror execution phase preflight: [preflight] Some fatal errors occurred:\\n\\t[ERROR CRI]: container runtime is not running: output: NAME:\\n   crictl info - Display information of the container runtime\\n"}',
      'kubernetes',
      'preflight check failed',
    ],
    [
      '[mhyuser@10-234-42-14 ~]$ sudo kubeadm init\n[init] Using Kubernetes version: v1.26.1\n[preflight] Running pre-flight checks\n        [WARNING Hostname]: hostname "10-234-42-14" could not be reached\n        [WARNING Service-Kubelet]: kubelet service is not enabled, please run \'systemctl enable kubelet.service\'\nerror execution phase preflight: [preflight] Some fatal errors occurred:\n        [ERROR CRI]: container runtime is not running: output: time="2023-01-31T15:11:36+08:00" level=fatal msg="validate service connection: CRI v1 runtime API is not implemented for endpoint \\"unix:///var/run/containerd/containerd.sock\\": rpc error: code = Unimplemented desc = unknown service runtime.v1.RuntimeService"\n, error: exit status 1\n        [ERROR FileContent--proc-sys-net-bridge-bridge-nf-call-iptables]: /proc/sys/net/bridge/bridge-nf-call-iptables does not exist\n        [ERROR FileContent--proc-sys-net-ipv4-ip_forward]: /proc/sys/net/ipv4/ip_forward contents are not set to 1\n[preflight] If you know what you are doing, you can make a check non-fatal with `--ignore-preflight-errors=...`',
      'kubernetes',
      'preflight check failed',
    ],
    [
      '"command failed" err="failed to run Kubelet: validate service connection: CRI v1 runtime API is not implemented for endpoint \\"unix:///var/run/containerd/containerd.sock\\": rpc error: code = Unimplemented desc = unknown service runtime.v1.RuntimeService"',
      'kubernetes',
      'failed to run Kubelet',
    ],
    [
      '"/root/join-worker-node.sh" - FATAL ERROR\n  [ERROR FileContent--proc-sys-net-bridge-bridge-nf-call-iptables]: /proc/sys/net/bridge/bridge-nf-call-iptables contents are not set to 1',
      'kubernetes',
      'preflight check failed',
    ],
    [
      'stderr:\nW0703 23:42:07.634670   78135 configset.go:202] WARNING: kubeadm cannot validate component configs for API groups [kubelet.config.k8s.io kubeproxy.config.k8s.io]\nerror execution phase preflight: [preflight] Some fatal errors occurred:\n        [ERROR FileContent--proc-sys-net-bridge-bridge-nf-call-iptables]: /proc/sys/net/bridge/bridge-nf-call-iptables contents are not set to 1\n[preflight] If you know what you are doing, you can make a check non-fatal with `--ignore-preflight-errors=...`\nTo see the stack trace of this error execute with --v=5 or higher',
      'kubernetes',
      'preflight check failed',
    ],
    [
      '~/bin » kubectl get svc\nerror: the server doesn\'t have a resource type "svc"\n~/bin » kubectl get nodes\nerror: You must be logged in to the server (Unauthorized)\n~/bin » kubectl get secrets\nerror: You must be logged in to the server (Unauthorized)',
      'kubernetes',
      'Unauthorized',
    ],
    ['+ kubectl get pods\nerror: You must be logged in to the server (Unauthorized)', 'kubernetes', 'Unauthorized'],
    [
      'Run ianbelcher/eks-kubectl-action@master\n...\nAttempting to update kubeconfig for aws\nAdded new context ***/testing-cluster to /github/home/.kube/config\nerror: You must be logged in to the server (the server has asked for the client to provide credentials)',
      'kubernetes',
      'Unauthorized',
    ],
    [
      '{\n  "kind": "Status",\n  "apiVersion": "v1",\n  "metadata": {\n\n  },\n  "status": "Failure",\n  "message": "Unauthorized",\n  "reason": "Unauthorized",\n  "code": 401',
      'kubernetes',
      'Unauthorized',
    ],
    [
      'Unable to connect to the server: x509: certificate has expired or is not yet valid',
      'kubernetes',
      'certificate has expired or is not yet valid',
    ],
    [
      "$ kubectl cluster-info\n\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\nUnable to connect to the server: x509: certificate has expired or is not yet valid",
      'kubernetes',
      'certificate has expired or is not yet valid',
    ],
    [
      'x509: certificate has expired or is not yet valid: current time 2021-04-26T10:18:22+02:00 is after 2021-04-07T03:12:06Z',
      'go',
      'x509 certificate error',
    ],
    [
      'E0809 16:13:15.327109       1 authentication.go:53] Unable to authenticate the request due to an error: x509: certificate has expired or is not yet valid\nE0809 16:13:15.824658       1 authentication.go:53] Unable to authenticate the request due to an error: x509: certificate has expired or is not yet valid\nE0809 16:13:16.324618       1 authentication.go:53] Unable to authenticate the request due to an error: x509: certificate has expired or is not yet valid',
      'kubernetes',
      'certificate has expired or is not yet valid',
    ],
    [
      '[root@k8s-master01 ~]# kubectl get po\nNo resources found.\nUnable to connect to the server: x509: certificate has expired or is not yet valid',
      'kubernetes',
      'certificate has expired or is not yet valid',
    ],
    [
      '$ kubectl get pods\nUnable to connect to the server: x509: certificate has expired or is not yet valid: current time 2021-04-01T14:43:32+02:00 is before 2021-04-01T15:31:09Z',
      'kubernetes',
      'certificate has expired or is not yet valid',
    ],
    [
      'invalid configuration: no configuration has been provided, try setting KUBERNETES_MASTER environment variable',
      'kubernetes',
      'no configuration has been provided',
    ],
    [
      ' podman run -it localhost/controller:latest\n{"level":"info","ts":1687455343.9304368,"logger":"cmd","msg":"Version","Go Version":"go1.15.5","GOOS":"linux","GOARCH":"amd64","ansible-operator":"v1.3.0","commit":"1abf57985b43bf6a59dcd18147b3c574fa57d3f6"}\n{"level":"error","ts":1687455343.9306693,"logger":"cmd","msg":"Failed to get config.","error":"invalid configuration: no configuration has been provided, try setting KUBERNETES_MASTER environment variable","errorCauses":[{"error":"no configuration has been provided, try setting KUBERNETES_MASTER environment variable"}]}',
      'kubernetes',
      'no configuration has been provided',
    ],
    [
      '{"time":"2025-04-08T14:11:13.163234981Z","level":"ERROR","msg":"error running ketall: error creating k8s client: error refreshing kubernetes client: failed to populate kube config connection: invalid configuration: no configuration has been provided, try setting KUBERNETES_MASTER environment variable"}',
      'kubernetes',
      'no configuration has been provided',
    ],
    [
      'F0516 16:08:18.801668       1 simulator.go:26] failed with error on running simulator: get config:\n    main.startSimulator\n        /go/src/simulator/simulator.go:36\n  - get kube clientconfig:\n    sigs.k8s.io/kube-scheduler-simulator/simulator/config.NewConfig\n        /go/src/simulator/config/config.go:81\n  - invalid configuration: no configuration has been provided, try setting KUBERNETES_MASTER environment variable',
      'kubernetes',
      'no configuration has been provided',
    ],
    [
      "E0324 13:49:42.065597   83579 memcache.go:265] couldn't get current server API group list: the server has asked for the client to provide credentials",
      'kubernetes',
      'Unauthorized',
    ],
    [
      'E0610 20:12:15.220770       1 manager.go:111] unable to fully collect metrics: [unable to fully scrape metrics from source kubelet_summary:ip-172-20-38-5.us-west-1.compute.internal: unable to fetch metrics from Kubelet ip-172-20-38-5.us-west-1.compute.internal (ip-172-20-38-5.us-west-1.compute.internal): Get https://ip-172-20-38-5.us-west-1.compute.internal:10250/stats/summary?only_cpu_and_memory=true: x509: certificate signed by unknown authority, unable to fully scrape metrics from source kubelet_summary:ip-172-20-86-41.us-west-1.compute.internal: unable to fetch metrics from Kubelet ip-172-20-86-41.us-west-1.compute.internal (ip-172-20-86-41.us-west-1.compute.internal): Get https://ip-172-20-86-41.us-west-1.compute.internal:10250/stats/summary?only_cpu_and_memory=true: x509: certificate signed by unknown authority]',
      'kubernetes',
      'certificate signed by unknown authority',
    ],
    [
      'E0518 07:12:42.090952       1 server.go:132] unable to fully scrape metrics: [unable to fully scrape metrics from node XXX-02: unable to fetch metrics from node XXX-02: Get "https://IP-02:10250/stats/summary?only_cpu_and_memory=true": x509: cannot validate certificate for IP-02 because it doesn\'t contain any IP SANs, unable to fully scrape metrics from node XXX-01: unable to fetch metrics from node XXX-01: Get "https://IP01:10250/stats/summary?only_cpu_and_memory=true": x509: cannot validate certificate for IP01 because it doesn\'t contain any IP SANs]',
      'kubernetes',
      "doesn't contain any IP SANs",
    ],
    [
      'Error from server (ServiceUnavailable): the server is currently unable to handle the request (get nodes.metrics.k8s.io)',
      'kubernetes',
      'ServiceUnavailable',
    ],
    [
      'I0511 23:14:11.552483       1 server.go:187] "Failed probe" probe="metric-storage-ready" err="no metrics to serve"\nE0511 23:14:14.168158       1 scraper.go:140] "Failed to scrape node" err="Get \\"https://192.168.203.181:10250/metrics/resource\\": x509: cannot validate certificate for 192.168.203.181 because it doesn\'t contain any IP SANs" node="lke60627-9419"',
      'kubernetes',
      "doesn't contain any IP SANs",
    ],
    [
      'unable to fully scrape metrics: unable to fully scrape metrics from node 10.255.255.6: unable to fetch metrics from node 10.255.255.6: Get https://10.255.255.6:10250/stats/summary?only_cpu_and_memory=true: x509: certificate signed by unknown authority',
      'kubernetes',
      'certificate signed by unknown authority',
    ],
    [
      'Internal error occurred: failed calling webhook "validate.kyverno.svc-fail": Post "https://kyverno-svc.kyverno.svc:443/validate?timeout=10s": x509: certificate signed by unknown authority (possibly because of "crypto/rsa: verification error" while trying to verify candidate authority certificate "*.kyverno.svc")',
      'kubernetes',
      'failed calling webhook',
    ],
    [
      'W0821 19:08:41.685915       5 controller.go:956] service gscvi-t/appfla does not have any active endpoints\nW0821 19:08:41.692205       5 controller.go:887] error obtaining service endpoints: service ouvserpro-d/dummy-soto-jboss does not exist\nW0821 19:08:41.696117       5 controller.go:956] service namespace12/api-siafi does not have any active endpoints',
      'kubernetes',
      'does not have any active endpoints',
    ],
    [
      'Failed create pod sandbox: rpc error: code = Unknown desc = NetworkPlugin cni failed to set up pod "podtest_default" network: open /run/flannel/subnet.env: no such file or directory',
      'kubernetes',
      'FailedCreatePodSandBox',
    ],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the eleventh Kubernetes pass names what the message is about', () => {
  it("shows the kubelet's certificate on the node kubectl logs goes through", () => {
    expect(
      fixText(
        'Error from server: Get https://192.168.122.143:10250/containerLogs/tyd/redis-master-wtc0v/master: x509: certificate signed by unknown authority',
      ),
    ).toContain('openssl s_client -connect 192.168.122.143:10250');
  });

  it('looks for the pod kubectl top has no metrics for', () => {
    expect(fixText('error: Metrics not available for pod monitoring/grafana-2017641066-rlq7c, age: 26m33.174541702s')).toContain(
      'kubectl get pod grafana-2017641066-rlq7c -n monitoring -o wide',
    );
  });

  it('describes the APIService the API server cannot reach', () => {
    expect(
      fixText(
        '909 available_controller.go:460] v1beta1.metrics.k8s.io failed with: failing or missing response from https://172.20.196.137:4443/apis/metrics.k8s.io/v1beta1: Get "https://172.20.196.137:4443/apis/metrics.k8s.io/v1beta1": context deadline exceeded',
      ),
    ).toContain('kubectl describe apiservice v1beta1.metrics.k8s.io');
  });

  it("quotes the directive nginx refused in ingress-nginx's reload", () => {
    expect(
      fixText(
        'E0417 12:14:37.240681       8 controller.go:182] Unexpected failure reloading the backend:\n\n-------------------------------------------------------------------------------\nError: exit status 1\nnginx: [emerg] invalid number of arguments in "set" directive in /tmp/nginx-cfg213387931:4321',
      ),
    ).toContain('invalid number of arguments in "set" directive');
  });

  it('names the cgroup drivers even when the kubelet quotes its own twice', () => {
    expect(
      fixText(
        'F0207 16:53:07.576611   21449 server.go:273] failed to run Kubelet: failed to create kubelet: misconfiguration: kubelet cgroup driver: "\'systemd\'" is different from docker cgroup driver: "systemd"',
      ),
    ).toContain('native.cgroupdriver=systemd');
  });
});
