// How much room a picture takes in a JSON request (REST, MCP): what the facades add to their body
// limits for a picture of IMAGE_MAX_BYTES, so that the largest picture the catalog reads gets to it.

/** Room for a data URL's "data:image/png;base64," before the base64. */
const DATA_URL_PREFIX_BYTES = 256;

/** The bytes a picture of `maxBytes` takes as base64 (or a data URL) in a JSON string. */
export function encodedPictureBytes(maxBytes: number): number {
  return 4 * Math.ceil(maxBytes / 3) + DATA_URL_PREFIX_BYTES;
}
