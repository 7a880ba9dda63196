/**
 * What a document's container says about itself outside the text (a government page's title and
 * date). ingest reads it from the page, extract uses it for the metadata: it lives here so that
 * neither imports the other.
 */
export interface PageMeta {
  title?: string;
  publishedOn?: string;
}
