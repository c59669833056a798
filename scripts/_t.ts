import MarkdownIt from 'markdown-it';
import { escapeMarkdown } from '../src/editor/format';
const md = new MarkdownIt({ html: true, linkify: true });
for (const s of ['see https://x.example/p.png now', 'www.evil.example', 'mail a@b.example', 'command:workbench.action.terminal.new', 'evil.example/x'])
  console.log(JSON.stringify(md.render(escapeMarkdown(s))));
