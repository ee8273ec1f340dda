/* fuzz_support.h - shared by the fuzz harnesses: the input as a FILE, and
 * the libFuzzer entry point declared once.  A harness must never report
 * an input error as a failure: only a crash, a sanitizer report, a leak or
 * a hang is a finding. */
#ifndef CT_FUZZ_SUPPORT_H
#define CT_FUZZ_SUPPORT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The bytes as a read-only stream; NULL for an empty input (fmemopen
 * refuses a zero size), which the harnesses then skip. */
static inline FILE *fuzz_open(const uint8_t *data, size_t size)
{
    if (size == 0)
        return NULL;
    return fmemopen((void *)data, size, "r");
}

#endif
