import {
  type BuildImageResult,
  type BuildOrReuseResult,
  formatBytes,
  type LayerSummary,
} from '@mlops-actions/image';
import { type Cell, code, heading, joinBlocks, link, rawMarkdown, table } from '@mlops-actions/kit';

const TRANSFER: Record<LayerSummary['transfer'], string> = {
  uploaded: 'uploaded',
  mounted: 'mounted from the base repository',
  present: 'already there',
  copied: 'copied from the base registry',
  'not pushed': 'not pushed',
};

/** The job summary: what was built, with which builder, from which base, and what moved. */
export function summaryMarkdown(result: BuildImageResult): string {
  const rows: Cell[][] = [
    ['Image', result.image ? rawMarkdown(code(result.image)) : 'not pushed: nothing to pull'],
    ['Tags', rawMarkdown(result.tags.map(code).join(' '))],
    [
      'Builder',
      result.fallbackReason ? `${result.builder} (auto: ${result.fallbackReason})` : result.builder,
    ],
    ...(result.baseImage ? [['Base image', rawMarkdown(code(result.baseImage))] as Cell[]] : []),
    ...(result.cloudBuild
      ? [['Cloud Build', rawMarkdown(link(result.cloudBuild.id, result.cloudBuild.logUrl))] as Cell[]]
      : []),
    ...(result.digest ? [['Digest', rawMarkdown(code(result.digest))] as Cell[]] : []),
    ...(result.configDigest ? [['Config digest', rawMarkdown(code(result.configDigest))] as Cell[]] : []),
    ...(result.bytesUploaded !== undefined
      ? [['Bytes uploaded', formatBytes(result.bytesUploaded)] as Cell[]]
      : []),
    ...(result.bytesDownloaded !== undefined
      ? [['Bytes downloaded', formatBytes(result.bytesDownloaded)] as Cell[]]
      : []),
  ];
  const layers = result.layers ?? [];
  return `${joinBlocks(
    heading(`✅ Image ${result.pushed ? 'pushed' : 'built, not pushed,'} with ${result.builder}`, 3),
    table(['', ''], rows),
    layers.length > 0 && heading('Layers', 4),
    layers.length > 0 &&
      table(
        ['#', 'Layer', 'Size', 'From', 'Transfer'],
        layers.map((layer, i) => [
          i + 1,
          rawMarkdown(code(layer.digest.slice(0, 19))),
          formatBytes(layer.size),
          layer.origin === 'new' ? 'new' : 'base image',
          TRANSFER[layer.transfer],
        ]),
        { align: ['right', 'left', 'right', 'left', 'left'] },
      ),
  )}\n`;
}

/** The job summary when the image of exactly these inputs already existed. */
export function reusedSummaryMarkdown(reused: Extract<BuildOrReuseResult, { reused: true }>): string {
  return `${joinBlocks(
    heading('♻️ Image reused: nothing built', 3),
    table(
      ['', ''],
      [
        ['Image', rawMarkdown(code(reused.image))],
        ['Found by tag', rawMarkdown(code(reused.tag))],
        ['Digest', rawMarkdown(code(reused.digest))],
      ],
    ),
  )}\n`;
}
