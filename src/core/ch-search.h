/* ch-search.h: matching what a facilitator types against ideas, and
 * reading tags out of a captured line
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A text made comparable: case-folded, accents removed, compatibility
 * forms unified ("Ǆ", "ﬁ"), white space runs made one space. Search keys
 * of an idea's texts are made once; a query is split into words made
 * into keys the same way, and matches when each is in the text's key. */
char     *ch_search_key_new          (const char         *text);
void      ch_search_key_append       (GString            *key,
                                      const char         *text);
char    **ch_search_query_new        (const char         *text);
gboolean  ch_search_key_matches      (const char         *key,
                                      const char * const *query);

/* "Pay by #invoice at the #office-desk" → title "Pay by invoice at the
 * office-desk" and tags { "invoice", "office-desk" }: a `#word` becomes a
 * tag and stays in the title as its word. Tags come once each, in order. */
char     *ch_capture_parse           (const char  *text,
                                      char      ***tags);

G_END_DECLS
