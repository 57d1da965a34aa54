/** `tandai export` misuse: the exit code and the sentence. ID stands for the sample's id. */
export const exportCliErrorCases: Array<{ args: string[]; code: number; message: RegExp }> = [
  { args: ['export'], code: 2, message: /^Name one article to export/ },
  { args: ['export', 'ID', '--all'], code: 2, message: /^Use either an article id or --all/ },
  { args: ['export', 'ID', '--format', 'pdf'], code: 2, message: /^--format takes md, quotes or json, not "pdf"\./ },
  { args: ['export', 'ID', '--style', 'wiki'], code: 2, message: /^--style takes obsidian, gfm or plain, not "wiki"\./ },
  { args: ['export', 'zzzzzzzzzzzzzzzz'], code: 1, message: /^There is no article with id zzzzzzzzzzzzzzzz/ },
  { args: ['export', 'ID', '--out', '/no/such/folder/x.md'], code: 1, message: /^There is no folder "\/no\/such\/folder" to write "x.md" into\./ },
];
