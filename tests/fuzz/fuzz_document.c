/* fuzz_document.c - the document readers of `check` (text and Markdown
 * with paragraph rebuilding and encodings, HTML through libxml2) on
 * arbitrary bytes, then claim finding on the text they make and the
 * position of every byte of it.  The first byte picks the type and the
 * encoding.  PDF is left out: it runs an outside program per input. */
#include <string.h>

#include "crimetrend/claim.h"
#include "crimetrend/document.h"
#include "fuzz_support.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const ct_document_type types[] = {CT_DOCUMENT_AUTO,
                                             CT_DOCUMENT_TEXT,
                                             CT_DOCUMENT_HTML,
                                             CT_DOCUMENT_TEXT};
    static const ct_document_encoding encodings[] = {
        CT_DOCUMENT_ENCODING_AUTO, CT_DOCUMENT_ENCODING_UTF8, CT_DOCUMENT_ENCODING_WINDOWS_1252,
        CT_DOCUMENT_ENCODING_LATIN1};
    ct_document_options opt;
    ct_document_options_init(&opt);
    opt.type = types[data[0] & 3];
    opt.encoding = encodings[(data[0] >> 2) & 3];
    const char *bytes = (const char *)data + 1;
    size_t len = size - 1;
    if (opt.type == CT_DOCUMENT_AUTO && len >= 5 &&
        memcmp(bytes, "%PDF-", 5) == 0)
        opt.type = CT_DOCUMENT_TEXT;
    ct_document *doc = NULL;
    ct_error err = CT_ERROR_INIT;
    if (ct_document_read_memory(bytes, len, "fuzz", &opt, &doc, &err) ==
        CT_STATUS_OK) {
        size_t n;
        const char *text = ct_document_text(doc, &n);
        for (size_t i = 0; i <= n; i += 1 + n / 16) {
            unsigned long page, line, column;
            ct_document_position(doc, i, &page, &line, &column);
        }
        ct_claim_set *set = ct_claim_set_new();
        if (set != NULL) {
            (void)ct_claim_extract(set, text, n, "fuzz", &err);
            ct_claim_set_free(set);
        }
    }
    ct_document_free(doc);
    return 0;
}
