/**
 * pytest's node id back from a JUnit test case. pytest writes `classname` as the node id's module
 * path with `/` turned into `.` and `.py` dropped, followed by the classes; `file` (xunit1) is the
 * module's path. So `models/a_test.py` + `models.a_test.TestA` + `test_x` →
 * `models/a_test.py::TestA::test_x`. Without a file, the JUnit names are joined as they are.
 */
export function testId(classname: string, name: string, file: string | undefined): string {
  if (file === undefined || file === '') return classname === '' ? name : `${classname}::${name}`;
  const modulePath = file.replace(/\.py$/, '').replaceAll('/', '.');
  if (classname === '' && name === modulePath) return file; // a module that failed to import
  if (classname.startsWith(`${modulePath}.`)) {
    const classes = classname.slice(modulePath.length + 1).split('.');
    return [file, ...classes, name].join('::');
  }
  return `${file}::${name}`;
}
