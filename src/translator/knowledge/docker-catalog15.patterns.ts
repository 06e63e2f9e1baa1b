import type { ErrorPattern } from '../rules/error-pattern';
import { ref } from './answer-parts';
import { dockerCatalog, nameOr, type CatalogEntry } from './linux-catalog.patterns';

/**
 * A twelfth-round catalog pass over Docker's messages (docker-catalog15), from swarm mode as people paste it: the
 * manager's answers to service, stack, secret and config requests that the daemon returns inside a gRPC status
 * ("Error response from daemon: rpc error: code = InvalidArgument desc = …", code numbers in older releases) and
 * that read as a Go program's gRPC failure until now — a secret or config too large or empty, one still in use by a
 * service, two secrets with the same target, a secret that already exists or that only its labels may change (a
 * stack redeployed with a changed secret or config file), a service update whose version is stale ("update out of
 * sequence"), a name that is no DNS label, a stack service without an image, a published port another service
 * holds as an ingress port, a swarm without a leader or a manager that lost it, a node removed while still up or
 * still a manager; then the stack's own refusals (a secret not found, an undefined
 * secret, a network that is not swarm-scoped), a join that timed out or whose token was wrong, an init with several
 * addresses to choose from, and compose v1's "Cannot start service x: Mounts denied:" from Docker for Mac.
 *
 * One pattern per family of messages (linux-catalog's `catalogPattern`, answered as Docker's): the type is the
 * manager's phrase without the names around it (README, docker row); each entry's `n` group is the name the message
 * is about (a secret, a service, a network, a port), which the fix repeats.
 */

const DOCS = 'https://docs.docker.com';

const REFS = {
  secrets: [
    ref('Manage sensitive data with Docker secrets', `${DOCS}/engine/swarm/secrets/`),
    ref('Store configuration data using Docker configs', `${DOCS}/engine/swarm/configs/`),
  ],
  services: [
    ref('docker service update', `${DOCS}/reference/cli/docker/service/update/`),
    ref('Deploy services to a swarm', `${DOCS}/engine/swarm/services/`),
  ],
  cluster: [
    ref('Administer and maintain a swarm of Docker Engines', `${DOCS}/engine/swarm/admin_guide/`),
    ref('docker swarm join', `${DOCS}/reference/cli/docker/swarm/join/`),
  ],
  desktop: [ref('Docker Desktop for Mac: file sharing', `${DOCS}/desktop/settings-and-maintenance/settings/#file-sharing`)],
};

// The daemon's gRPC status, by name (newer) or number (Docker 1.12 to 17.x).
const INVALID = String.raw`rpc error: code = (?:3|InvalidArgument) desc = `;
const UNKNOWN = String.raw`rpc error: code = (?:2|Unknown) desc = `;

const OBJECT_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`${INVALID}(?<kind>secret|config) data must be larger than 0 and less than \d{1,9} ?(?:bytes|[KM]B)`,
    type: (g) => `${g.kind ?? 'secret'} data must be larger than 0`,
    why: 'The swarm manager stores a secret (at most 500 KB) or a config (at most 1000 KB) only with some content: the data it received was empty (docker secret create given a file that does not exist where the command ran, an empty file, or nothing piped on stdin, where ^D sends no bytes) or larger than the limit (a whole certificate bundle or archive).',
    fix: 'Give the command the data: a file path after the name, or "-" with the content piped in',
    code: () => `printf '%s' "$MY_SECRET" | docker secret create my_secret -\ndocker secret create my_secret ./secret.txt   # the file must exist and not be empty\nwc -c ./secret.txt   # secrets: up to 500 KB`,
  },
  {
    re: String.raw`\b(?<kind>secret|config) '?(?<n>[\w.-]{1,200})'? is in use by the following services?: `,
    type: 'is in use by the following service',
    why: 'A secret or config cannot be removed (nor replaced by a stack under the same name) while a service references it: the manager names the services that still mount it. Secrets and configs are immutable, so a change is a new object that the services are moved to.',
    fix: 'Move the services to a new secret or config first, then remove the old one',
    code: (n) => `docker service ls --filter name=<service>\ndocker secret create ${nameOr(n, 'my_secret')}_v2 ./new-value.txt\ndocker service update --secret-rm ${nameOr(n, 'my_secret')} --secret-add source=${nameOr(n, 'my_secret')}_v2,target=${nameOr(n, 'my_secret')} <service>\ndocker secret rm ${nameOr(n, 'my_secret')}`,
  },
  {
    re: String.raw`${INVALID}(?:secret|config) references '(?<n>[^'\n]{1,200})' and '[^'\n]{1,200}' have a conflicting target`,
    type: 'have a conflicting target',
    why: 'Two secrets (or configs) of the service would be mounted at the same target path: a rotation that adds the new secret while the old one is still attached under the same target, often because --secret-rm named the old one by ID and the manager matched it by name.',
    fix: 'Remove the old secret by the name the service uses in the same update that adds the new one',
    code: (n) => `docker service inspect <service> --format '{{json .Spec.TaskTemplate.ContainerSpec.Secrets}}'\ndocker service update --secret-rm ${nameOr(n, '<old-secret-name>')} --secret-add source=<new-secret>,target=<path> <service>`,
  },
  {
    re: String.raw`rpc error: code = (?:6|AlreadyExists) desc = (?<kind>secret|config) (?<n>[\w.-]{1,200}) already exists`,
    type: (g) => `${g.kind ?? 'secret'} already exists`,
    why: 'A secret or config of that name is already in the swarm: a stack deployed before created it (external: false), or a script creates it on every run. Swarm secrets cannot be overwritten; a new value needs a new name.',
    fix: 'Reuse the existing object, or create the new value under a new name and move the services to it',
    code: (n) => `docker secret ls --filter name=${nameOr(n, '<name>')}\ndocker secret rm ${nameOr(n, '<name>')}   # only when no service uses it\n# compose file: secrets: { app_key: { name: app_key_v2, file: ./app_key } }`,
  },
  {
    re: String.raw`(?:failed to update (?:secret|config) (?<n>[\w.-]{1,200}): (?:Error response from daemon: ){0,2})?${INVALID}only updates to Labels are allowed`,
    type: 'only updates to Labels are allowed',
    why: 'Secrets and configs are immutable: a stack redeployed after the file behind one of them changed asks the manager to change its data, and only its labels may change. The stack keeps the same object name, so the new content cannot replace the old.',
    fix: 'Give the changed secret or config a new name (a version or a hash in the name) and deploy again',
    code: (n) => `# docker-compose.yml (stack)\nconfigs:\n  ${nameOr(n, 'app_conf')}:\n    name: ${nameOr(n, 'app_conf')}_\${CONF_VERSION}\n    file: ./app.conf\n# CONF_VERSION=$(sha1sum app.conf | cut -c1-8) docker stack deploy -c docker-compose.yml <stack>`,
  },
  {
    re: String.raw`\b(?<kind>secret|config) not found: (?<n>[\w.-]{1,200})`,
    type: (g) => `${g.kind ?? 'secret'} not found`,
    why: 'docker stack deploy looked up an external secret or config (external: true, or the stack-prefixed name it expects) and the swarm has none by that name: it was never created on this swarm, was created under another name, or the stack name prefix differs.',
    fix: 'Create the secret in the swarm under the exact name, or declare it with a file in the stack',
    code: (n) => `docker secret ls\nprintf '%s' "<value>" | docker secret create ${nameOr(n, '<name>')} -`,
  },
  {
    re: String.raw`\bservice (?<n>[\w.-]{1,100}): undefined (?<kind>secret|config) "`,
    type: (g) => `undefined ${g.kind ?? 'secret'}`,
    why: 'A service of the stack names a secret or config that the compose file does not declare in its top-level secrets: (or configs:) section: a service-level reference needs a top-level definition (file: or external: true).',
    fix: 'Declare the secret at the top level of the compose file',
    code: () => `secrets:\n  password:\n    external: true   # created with docker secret create\n# or: file: ./password.txt`,
  },
  {
    re: String.raw`rpc error: code = (?:5|NotFound) desc = could not find (?<kind>secret|config) (?<n>[\w.-]{1,200})`,
    type: (g) => `could not find ${g.kind ?? 'secret'}`,
    why: 'The manager has no secret or config by that name or ID: it was removed, it lives in another swarm (another context), or the command named it by a file name rather than the secret name.',
    fix: 'List the swarm\'s secrets and use the name or ID shown',
    code: () => `docker context ls   # the swarm the CLI talks to\ndocker secret ls`,
  },
];

const SERVICE_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?:failed to update service (?<n>[\w.-]{1,200}): (?:Error response from daemon: )?)?${UNKNOWN}update out of sequence`,
    type: 'update out of sequence',
    why: 'A service update carries the version of the service spec it was based on, and the manager refuses it when the service changed in between: another update, a rolling update or a scaler (swarm-cronjob, an autoscaler, a second deploy) ran at the same time, or an API client sent a version it read earlier.',
    fix: 'Read the service again and retry with its current version; serialise updates to the same service',
    code: (n) => `docker service inspect ${nameOr(n, '<service>')} --format '{{.Version.Index}}'\n# API: POST /services/${nameOr(n, '<id>')}/update?version=<that index>\n# docker-py: service.reload() before service.update(...)`,
  },
  {
    re: String.raw`(?:failed to create service (?<n>[\w.-]{1,200}): (?:Error response from daemon: )?)?${INVALID}name must be valid as a DNS name component`,
    type: 'name must be valid as a DNS name component',
    why: 'Swarm service names become DNS names on the overlay network, so they must be a single DNS label: letters, digits and hyphens (underscores are tolerated), no dots. A stack service called "web.example.com" or "busybox1.24" is turned into "<stack>_<service>" and refused.',
    fix: 'Rename the service without dots, and give it the dotted name as a network alias if others need it',
    code: (n) => `services:\n  web:                          # was: ${nameOr(n, 'web.example.com').replace(/^[\w-]+_/, '')}\n    networks:\n      default:\n        aliases: [web.example.com]`,
  },
  {
    re: String.raw`(?:failed to create service (?<n>[\w.-]{1,200}): )?Error response from daemon: ${INVALID}ContainerSpec: image reference must be provided`,
    type: 'image reference must be provided',
    why: 'The service spec reached the manager without an image: a stack service that has only build: (docker stack deploy does not build, and ignores build:), an image: left empty by an unset variable, or an API client that did not put the container spec in TaskTemplate.',
    fix: 'Build and push the image, and name it with image: in the stack file',
    code: (n) => `docker build -t registry.example.com/${nameOr(n, 'app').replace(/^[\w-]+_/, '')}:1.0 . && docker push registry.example.com/${nameOr(n, 'app').replace(/^[\w-]+_/, '')}:1.0\n# stack file:\n#   ${nameOr(n, 'app').replace(/^[\w-]+_/, '')}:\n#     image: registry.example.com/${nameOr(n, 'app').replace(/^[\w-]+_/, '')}:1.0`,
  },
  {
    re: String.raw`${INVALID}port '(?<n>\d{1,5})' is already in use by service '[^'\n]{1,200}'(?: \(\w{1,40}\))? as an ingress port`,
    type: 'port is already in use by service',
    why: 'Another service of the swarm already publishes this port on the routing mesh (ingress), and a published port is reserved for one service across the whole swarm: a second stack or an old service still publishes it, or a removed service has not been cleaned up yet.',
    fix: 'Publish another port, or remove or update the service that holds it',
    code: (n) => `docker service ls --format '{{.Name}} {{.Ports}}' | grep ':${nameOr(n, '<port>')}->'\ndocker service update --publish-rm ${nameOr(n, '<port>')} <other-service>`,
  },
  {
    re: String.raw`\bThe network (?<n>[\w.-]{1,200}) cannot be used with services\. Only networks scoped to the swarm can be used`,
    type: 'cannot be used with services',
    why: 'A swarm service (docker stack deploy, Portainer stacks in swarm mode) can join only networks of swarm scope, such as overlay networks, and this one is local: a bridge network created by docker network create or by an earlier docker compose up with the same project name.',
    fix: 'Use an overlay network (created with --driver overlay, or declared with driver: overlay in the stack)',
    code: (n) => `docker network rm ${nameOr(n, '<network>')}\ndocker network create --driver overlay --attachable ${nameOr(n, '<network>')}\n# stack file: networks: { ${nameOr(n, 'net').replace(/^[\w-]+_/, '')}: { external: true } }`,
  },
  {
    re: String.raw`\bnetwork "(?<n>[^"\n]{1,200})" is declared as external, but it is not in the right scope: "\w{1,10}" instead of "\w{1,10}"`,
    type: 'declared as external, but it is not in the right scope',
    why: 'docker stack deploy found the external network, but with local scope (a bridge or macvlan network of this node) where a stack needs a swarm-scoped network.',
    fix: 'Create a swarm-scoped network (overlay, or a macvlan with --scope swarm) and use it as external',
    code: (n) => `docker network create --driver overlay --attachable ${nameOr(n, 'my-net')}-swarm\n# stack file: networks: { default: { external: true, name: ${nameOr(n, 'my-net')}-swarm } }`,
  },
];

const CLUSTER_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`Error response from daemon: ${UNKNOWN}The swarm does not have a leader`,
    type: 'The swarm does not have a leader',
    why: 'The managers could not elect a leader because fewer than half of them are reachable (Raft needs a quorum: 2 of 3, 3 of 5): managers are down, or the network between them (port 2377) is cut. Until a quorum is back, nothing that changes the swarm works.',
    fix: 'Bring managers back until a majority is online; with a majority lost for good, force a new cluster from one manager',
    code: () => `docker node ls   # on each manager: which are Down/Unreachable\nsudo systemctl start docker   # on the managers that are down\n# last resort, on one healthy manager:\ndocker swarm init --force-new-cluster --advertise-addr <this-manager-ip>`,
  },
  {
    re: String.raw`Error response from daemon: ${UNKNOWN}raft: (?:failed to process the request: {1,4})?(?<kind>node lost leader status|no elected cluster leader)`,
    type: (g) => g.kind ?? 'no elected cluster leader',
    why: 'The manager that received the request was not (or no longer) the Raft leader and no leader answered in time: a leader election was in progress after a manager restarted, or the managers cannot reach each other on port 2377.',
    fix: 'Wait for the election to settle and retry; check that managers reach each other',
    code: () => `docker node ls   # MANAGER STATUS: one Leader, the others Reachable\nnc -zv <other-manager> 2377`,
  },
  {
    re: String.raw`rpc error: code = (?:9|FailedPrecondition) desc = node (?<n>\w{1,40}) is not down and can't be removed`,
    type: "is not down and can't be removed",
    why: 'docker node rm removes only nodes the managers see as Down: this node is still connected (Ready), even when drained or paused. The node should leave the swarm itself first, or be removed with --force when it cannot (lost, broken).',
    fix: 'Make the node leave the swarm, then remove it; or force the removal of a node you cannot reach',
    code: (n) => `# on the node itself:\ndocker swarm leave\n# then on a manager:\ndocker node rm ${nameOr(n, '<node>')}\n# a node you cannot reach:\ndocker node rm --force ${nameOr(n, '<node>')}`,
  },
  {
    re: String.raw`rpc error: code = (?:9|FailedPrecondition) desc = node (?<n>\w{1,40}) is a cluster manager and is a member of the raft cluster\. It must be demoted to worker before removal`,
    type: 'must be demoted to worker before removal',
    why: 'The node is a manager, a member of the Raft group that holds the swarm\'s state, and removing it (even with --force) would change the quorum without telling Raft: a manager has to be demoted to a worker first, which needs a working leader.',
    fix: 'Demote the manager, then remove it',
    code: (n) => `docker node demote ${nameOr(n, '<node>')}\ndocker node rm ${nameOr(n, '<node>')}   # --force if it is down`,
  },
  {
    re: String.raw`Error response from daemon: Timeout was reached before node joined`,
    type: 'Timeout was reached before node joined',
    why: 'docker swarm join reached the manager but the node did not become part of the swarm in time: ports 2377/tcp, 7946/tcp+udp or 4789/udp are blocked between the nodes, the address the node advertises is not reachable from the managers, the MTU of the path is smaller than the interfaces\' (jumbo frames), or the manager lost its quorum.',
    fix: 'Open the swarm ports both ways and advertise an address the managers can reach',
    code: () => `docker info --format '{{.Swarm.LocalNodeState}}'   # pending: still trying\nsudo ufw allow 2377/tcp && sudo ufw allow 7946 && sudo ufw allow 4789/udp\ndocker swarm leave --force\ndocker swarm join --token <token> --advertise-addr <this-node-ip> <manager-ip>:2377`,
  },
  {
    re: String.raw`could not choose an IP address to advertise since this system has multiple addresses(?: \([^)\n]{1,200}\))?(?: on (?:different interfaces|interface (?<n>[\w.-]{1,40})))?`,
    type: 'could not choose an IP address to advertise',
    why: 'docker swarm init (or join) must tell the other nodes an address to reach this one, and the machine has several (two interfaces, or two addresses on one, IPv6 included), so Docker will not guess.',
    fix: 'Name the address (or the interface) to advertise',
    code: (n) => `ip -brief address\ndocker swarm init --advertise-addr ${n ? n : '<ip-or-interface>'}`,
  },
  {
    re: String.raw`${INVALID}A valid (?:join|secret) token is necessary to join this cluster`,
    type: 'A valid join token is necessary to join this cluster',
    why: 'The manager refused the join because the token is wrong: mistyped or cut, rotated since it was printed (docker swarm join-token --rotate), a worker token used for a manager or the reverse, or a token of another swarm.',
    fix: 'Print the current token on a manager and join with it',
    code: () => `docker swarm join-token worker   # or: manager\ndocker swarm join --token <token> <manager-ip>:2377`,
  },
];

const DESKTOP_ENTRIES: readonly CatalogEntry[] = [
  {
    // Compose v1's per-service line: Docker for Mac's file sharing refused a bind mount.
    re: String.raw`ERROR: for (?<n>[\w.-]{1,100})\s{1,4}Cannot start service [\w.-]{1,100}: Mounts denied:`,
    type: 'Mounts denied',
    why: "Docker Desktop (Docker for Mac) shares only some host folders with its VM (/Users, /Volumes, /private, /tmp by default), and a bind mount of the service names a path outside them, so the daemon cannot mount it.",
    fix: 'Add the folder under Settings > Resources > File sharing, or move the project under a shared folder',
    code: (n) => `docker-compose config   # the bind mounts of ${n}\n# Docker Desktop > Settings > Resources > File sharing > add the project folder, Apply & restart`,
  },
];

export const DOCKER_CATALOG15_PATTERNS: readonly ErrorPattern[] = [
  // Above go.grpc-status-error (4), which read the daemon's status as a Go program's, and docker.daemon-api-handler
  // (12); below docker-py's APIError (40), whose Python trace around the daemon's error stays Python's.
  dockerCatalog({
    id: 'docker.swarm-objects-catalog15',
    tool: 'the swarm manager',
    category: 'configuration',
    priority: 30,
    entries: OBJECT_ENTRIES,
    references: REFS.secrets,
    requires: /data must be larger than 0|is in use by the following service|have a conflicting target|already exists|only updates to Labels are allowed|(?:secret|config) not found: |undefined (?:secret|config) "|could not find (?:secret|config) /,
    samples: [
      'Error response from daemon: rpc error: code = InvalidArgument desc = secret data must be larger than 0 and less than 512000 bytes',
      'Error response from daemon: rpc error: code = InvalidArgument desc = only updates to Labels are allowed',
    ],
  }),
  dockerCatalog({
    id: 'docker.swarm-services-catalog15',
    tool: 'the swarm manager',
    category: 'configuration',
    priority: 30,
    entries: SERVICE_ENTRIES,
    references: REFS.services,
    requires: /update out of sequence|name must be valid as a DNS name component|as an ingress port|image reference must be provided|cannot be used with services\.|is not in the right scope/,
    samples: [
      'Error response from daemon: rpc error: code = Unknown desc = update out of sequence',
      'failed to create service stk4_test.com: Error response from daemon: rpc error: code = InvalidArgument desc = name must be valid as a DNS name component',
    ],
  }),
  dockerCatalog({
    id: 'docker.swarm-cluster-catalog15',
    tool: 'the swarm manager',
    category: 'network',
    priority: 36,
    entries: CLUSTER_ENTRIES,
    references: REFS.cluster,
    requires: /does not have a leader|raft: |can't be removed|must be demoted to worker|Timeout was reached before node joined|could not choose an IP address to advertise|token is necessary to join this cluster/,
    samples: [
      "Error response from daemon: rpc error: code = Unknown desc = The swarm does not have a leader. It's possible that too few managers are online. Make sure more than half of the managers are online.",
      'Error response from daemon: Timeout was reached before node joined. The attempt to join the swarm will continue in the background. Use the "docker info" command to see the current swarm status of your node.',
    ],
  }),
  // Above docker.compose-v1-encountered-errors (0): the service's error is the type, not the summary.
  dockerCatalog({
    id: 'docker.desktop-mounts-catalog15',
    tool: 'Docker Desktop',
    category: 'configuration',
    priority: 30,
    entries: DESKTOP_ENTRIES,
    references: REFS.desktop,
    requires: /Mounts denied:/,
    samples: [
      'ERROR: for web  Cannot start service web: Mounts denied: fs/#namespaces for more info.\n.\nFOLDER_X\nis not shared from OS X and is not known to Docker.\nYou can configure shared paths from Docker -> Preferences... -> File Sharing.\nSee https://docs.docker.com/docker-for-mac/osx\nERROR: Encountered errors while bringing up the project.',
    ],
  }),
];
