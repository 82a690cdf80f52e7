/* ch-idea-filter.h: the ideas that match what was typed in the search bar
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ch-idea.h"

G_BEGIN_DECLS

#define CH_TYPE_IDEA_FILTER (ch_idea_filter_get_type())

G_DECLARE_FINAL_TYPE (ChIdeaFilter, ch_idea_filter, CH, IDEA_FILTER, GtkFilter)

ChIdeaFilter *ch_idea_filter_new       (void);
const char   *ch_idea_filter_get_query (ChIdeaFilter *self);
void          ch_idea_filter_set_query (ChIdeaFilter *self,
                                        const char   *query);

G_END_DECLS
