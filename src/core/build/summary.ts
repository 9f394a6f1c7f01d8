/** The job summary of a build. Pure. */
export interface BuildReport {
  mode: string;
  builder: 'buildx' | 'docker build' | 'registry';
  images: string[];
  tags: string[];
  pushed: boolean;
  digest: string | undefined;
  imageRef: string | undefined;
  platforms: string[];
}

export function buildSummaryMarkdown(report: BuildReport): string {
  const rows = [
    ['mode', report.mode],
    ['builder', report.builder === 'registry' ? 'Gantry’s registry client (no buildx)' : report.builder],
    ['platforms', report.platforms.join(', ') || 'the engine’s own'],
    ['pushed', report.pushed ? 'yes' : 'no'],
    ['digest', report.digest ? `\`${report.digest}\`` : '—'],
    ['image ref', report.imageRef ? `\`${report.imageRef}\`` : '—'],
  ];
  const tagLines = report.images.flatMap((image) => report.tags.map((tag) => `- \`${image}:${tag}\``));
  return [
    report.mode === 'merge'
      ? `### Merged ${report.platforms.join(', ')} into ${report.images.join(', ')}`
      : `### ${report.pushed ? 'Built and pushed' : 'Built'} ${report.images.join(', ')}`,
    '',
    '| | |',
    '|---|---|',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    '',
    tagLines.length > 0 ? '**Tags**' : '',
    ...tagLines,
    '',
  ].join('\n');
}
