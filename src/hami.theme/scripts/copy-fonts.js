// Ship the Arabic-script web font (Noto Naskh Arabic, SIL Open Font License)
// inside the theme, so that Uyghur and Kazakh render the same on every phone.
const fs = require("fs");
const path = require("path");

const source = path.join(__dirname, "..", "node_modules", "@fontsource", "noto-naskh-arabic");
const target = path.join(__dirname, "..", "src", "hami", "theme", "theme", "fonts");
fs.mkdirSync(target, { recursive: true });
for (const weight of ["400", "700"]) {
  const name = `noto-naskh-arabic-arabic-${weight}-normal.woff2`;
  fs.copyFileSync(path.join(source, "files", name), path.join(target, name));
}
fs.copyFileSync(path.join(source, "LICENSE"), path.join(target, "OFL.txt"));
