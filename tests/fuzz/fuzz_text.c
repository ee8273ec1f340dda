/* fuzz_text.c - claim finding in free text (the lexer, number forms and
 * cue tables) and the checking of every claim found, on arbitrary bytes. */
#include "crimetrend/claim.h"
#include "fuzz_support.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ct_claim_set *set = ct_claim_set_new();
    if (set == NULL)
        return 0;
    ct_error err = CT_ERROR_INIT;
    if (ct_claim_extract(set, (const char *)data, size, "fuzz.txt", &err)
        == CT_STATUS_OK) {
        ct_claim_options opt;
        ct_claim_options_init(&opt);
        (void)ct_claim_check_all(set, &opt, &err);
    }
    ct_claim_set_free(set);
    return 0;
}
