import { createSelection, type LocalTree, singleFileTree, walkFolder } from '@mlops-actions/gcs';
import { ActionError, quote } from '@mlops-actions/kit';
import type { Config } from './config.ts';

/** The files to sync: the single file, or what the folder holds after the ignore rules and globs. */
export function localFilesOf(config: Config): LocalTree {
  const tree = config.isFile
    ? singleFileTree(config.path)
    : walkFolder(
        config.path,
        createSelection({ ignore: config.ignore, include: config.include, exclude: config.exclude }),
      );
  // An empty set is a mistake to report, never a sync to run: with delete-extraneous it would empty the folder.
  if (tree.files.length === 0) {
    const leftOut = tree.leftOut.slice(0, 5).map((entry) => `${quote(entry.path)} (${entry.reason})`);
    const also =
      leftOut.length === 0
        ? ''
        : ` Left out: ${leftOut.join(', ')}${tree.leftOut.length > leftOut.length ? ', …' : ''}.`;
    throw new ActionError(
      `No file to upload in ${quote(config.pathInput)} after the ignore rules, include and exclude; nothing was written. Check those inputs.${also}`,
    );
  }
  return tree;
}
