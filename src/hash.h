/* hash.h - the hashes behind the dataset's indexes (hash.c).  Private
 * to the library. */
#ifndef CRIMETREND_HASH_H
#define CRIMETREND_HASH_H

#include <stddef.h>
#include <stdint.h>

/* FNV-1a hash of 'len' bytes. */
uint64_t ctp_hash_bytes(const void *s, size_t len);

/* 64-bit mixer for integer keys (splitmix64 finaliser). */
uint64_t ctp_hash_u64(uint64_t x);

#endif
