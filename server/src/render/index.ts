// The renderer's public face: one function for the CLI, the VS Code preview and Export HTML.
export { CONTENT_SECURITY_POLICY, renderNotice, type RenderedNotice, type RenderOptions } from './notice';
export { escapeHtml } from './html';
export { messages, type Messages } from '../languages/notices';
export { NOTICE_CSS, PREVIEW_CSS } from './styles';
