/* ch-idea-filter.h: the ideas that match the search bar and its filters
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ch-idea-query.h"

G_BEGIN_DECLS

#define CH_TYPE_IDEA_FILTER (ch_idea_filter_get_type())

G_DECLARE_FINAL_TYPE (ChIdeaFilter, ch_idea_filter, CH, IDEA_FILTER, GtkFilter)

ChIdeaFilter *ch_idea_filter_new       (void);
ChIdeaQuery  *ch_idea_filter_get_query (ChIdeaFilter *self);
ChIdea       *ch_idea_filter_get_kept  (ChIdeaFilter *self);
void          ch_idea_filter_set_kept  (ChIdeaFilter *self,
                                        ChIdea       *idea);

G_END_DECLS
