/* claim_lang.h - what the claim finder knows of each language it reads
 * (claim_lex.c, claim_find.c): the cue phrases read as the words its
 * patterns are written in, number words, changes said in words, and the
 * words that tell the language.  Adding a language is adding a table in
 * claim_lang.c. */
#ifndef CRIMETREND_CLAIM_LANG_H
#define CRIMETREND_CLAIM_LANG_H

#include <stdbool.h>
#include <stdint.h>

#include "crimetrend/claim_find.h"

/* A cue of a language and the words the finder's patterns read for it:
 * "pasó de # a #" is read as "from # to #" ('#' stands for a number, '*'
 * for any one word, both kept, and
 * the words of 'canon' replace the words of 'phrase' in order; a phrase's
 * words left over are dropped).  English needs few: the patterns are
 * written in its words. */
typedef struct cue {
    const char *phrase;
    const char *canon;
} cue;

/* Words of a language read as one word of the patterns, whatever stands
 * after them: no cue's phrase starts with one of them. */
typedef struct word_cue {
    const char *canon;
    const char *const *words;
} word_cue;

/* What the finder knows of a language.  Adding a language is adding one
 * of these to ctp_claim_lang_tables (and one to N_LANGUAGES). */
typedef struct lang_table {
    ct_claim_find_lang lang;
    const char *const *common;  /* frequent words, to tell the language */
    const cue *cues;            /* longest phrases first */
    const word_cue *word_cues;  /* single words of change, or NULL */
    const struct number_word {
        const char *w;
        int v;
    } *numbers;                 /* number words read as figures before a
                                   percent sign ("three per cent") */
    bool spanish_numbers;       /* "1.234,5" rather than "1,234.5" */
    bool words_between;         /* other words may stand between a verb
                                   of change and its figure ("suben en
                                   toda la región un 9,2%") */
    const char *const *anaphors;/* first words of a sentence that refer
                                   to the one before ("That represents",
                                   "Esto supone") */
    const char *const *openers; /* words that may stand before such a
                                   word ("However this was", "Pero esto
                                   supone") */
    const char *const *restating;/* two-word openings that always say
                                   again what was said, whatever follows
                                   ("Se trata de", "Es decir"), unlike a
                                   noun ("El aumento de los robos") */
} lang_table;

/* The languages read, English first (the one assumed when a text does
 * not tell). */
enum { N_LANGUAGES = 2 };
extern const lang_table ctp_claim_lang_tables[N_LANGUAGES];

/* Changes and fractions in words, read as percentages that stand for
 * about that much: "doubled" is +100%, "fell by a third" 33.3%.  'before'
 * is the word that must come before it ("a third"), or NULL; 'keep' says
 * that word stays a word of its own ("by half", "más del doble", where
 * "más del" is a hedge) rather than being part of the figure.  "de seis
 * a el doble, doce" names a figure, not a change, and English "almost
 * double the 9,053" compares without stating a change in per cent: both
 * stay words.  A multiple is written in tens ('exp10' 1): "doubled"
 * stands for a ratio of about two, so for 90% to 110% as "about 100%"
 * allows for a figure whose last digit is the tens; "halved", a ratio of
 * about a half, likewise stands for a fall of 45% to 55%. */
struct word_change {
    const char *before;
    const char *w;
    int64_t digits;
    int scale;
    int exp10;
    int sign;
    bool keep;
    const char *after;  /* the word that must follow it, or NULL */
};

/* Every change and fraction in words, ended by one whose 'w' is NULL. */
extern const struct word_change ctp_claim_lang_word_changes[];

/* Spanish verbs of rising and falling, as printed (NULL-ended). */
extern const char *const ctp_claim_lang_es_rose[];
extern const char *const ctp_claim_lang_es_fell[];

#endif
