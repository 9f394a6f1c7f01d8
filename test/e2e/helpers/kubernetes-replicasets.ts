import type { Kubectl } from './kubectl.ts';

const REVISION = 'deployment\\.kubernetes\\.io/revision';

/** The ReplicaSets of the app=web Deployment: name, revision, replicas, the Secret its first volume mounts. */
export const webReplicaSets = (
  k: Kubectl,
): { name: string; revision: string; replicas: number; secret: string }[] =>
  k
    .kn(
      'get',
      'rs',
      '-l',
      'app=web',
      '-o',
      `jsonpath={range .items[*]}{.metadata.name} {.metadata.annotations.${REVISION}} {.spec.replicas} {.spec.template.spec.volumes[0].secret.secretName}{"\\n"}{end}`,
    )
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [name = '', revision = '', replicas = '', secret = ''] = l.split(' ');
      return { name, revision, replicas: Number(replicas), secret };
    });
