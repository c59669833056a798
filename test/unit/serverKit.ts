// The language server in this process, for unit tests: a real LSP connection over in-memory streams
// to a workspace folder on disk, with the annotator the test chooses.
import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import { InitializeRequest, InitializedNotification } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import type { DocumentAnnotation } from '../../src/core/types';
import { fileModifiedMs, nodeFileAccess } from '../../src/server/files';
import type { ResolveChannel } from '../../src/server/resolveWorker';
import { startServer } from '../../src/server/server';

/**
 * Starts a server on `folder` and returns the client end, initialized. `onClient` registers the test's
 * notification handlers before the connection listens, so none is missed.
 */
export async function connectServer(
  folder: string,
  annotate: (text: string) => Promise<DocumentAnnotation>,
  onClient: (client: MessageConnection) => void = () => undefined,
  options: { readonly resolveChannel?: () => ResolveChannel } = {},
): Promise<MessageConnection> {
  const up = new PassThrough();
  const down = new PassThrough();
  startServer(createConnection(new StreamMessageReader(up), new StreamMessageWriter(down)), {
    files: nodeFileAccess(),
    modifiedMs: fileModifiedMs,
    annotator: () => ({ annotate, dispose: () => undefined }),
    resolveChannel: options.resolveChannel,
  });
  const client = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  onClient(client);
  client.listen();
  await client.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: URI.file(folder).toString(), name: 'w' }] });
  await client.sendNotification(InitializedNotification.type, {});
  return client;
}
