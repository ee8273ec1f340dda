/* hash.h - the hashes behind the dataset's indexes (hash.c).  Private
 * to the library. */
#ifndef CRIMETREND_HASH_H
#define CRIMETREND_HASH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* FNV-1a hash of 'len' bytes. */
uint64_t ctp_hash_bytes(const void *s, size_t len);

/* 64-bit mixer for integer keys (splitmix64 finaliser). */
uint64_t ctp_hash_u64(uint64_t x);

/* The dataset's indexes are open-addressing tables: 'n_slots' (a power
 * of two, above 0) slots, each 0 when empty or an entry's index + 1,
 * probed one by one from the key's hash.  Returns the position of the
 * first slot from 'hash' on that is empty or holds an entry 'same'
 * accepts ('same' is given the entry's index; NULL accepts none, to find
 * where a new entry goes).  Inline, so that 'same' is too: lookups are
 * the inner loop of reading. */
static inline size_t ctp_hash_probe(const uint32_t *slots, size_t n_slots,
                                    uint64_t hash,
                                    bool (*same)(const void *ctx, size_t index),
                                    const void *ctx)
{
    size_t mask = n_slots - 1;
    size_t i = (size_t)(hash & mask);
    while (slots[i] != 0 && (same == NULL || !same(ctx, slots[i] - 1)))
        i = (i + 1) & mask;
    return i;
}

#endif
