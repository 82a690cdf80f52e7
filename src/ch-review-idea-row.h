/* ch-review-idea-row.h: one of a cluster's top ideas in the review, with
 * its dots and its status, to select and to decide on
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ch-project.h"

G_BEGIN_DECLS

#define CH_TYPE_REVIEW_IDEA_ROW (ch_review_idea_row_get_type())

G_DECLARE_FINAL_TYPE (ChReviewIdeaRow, ch_review_idea_row, CH, REVIEW_IDEA_ROW, AdwActionRow)

GtkWidget *ch_review_idea_row_new          (ChIdea          *idea);
ChIdea    *ch_review_idea_row_get_idea     (ChReviewIdeaRow *self);
gboolean   ch_review_idea_row_get_selected (ChReviewIdeaRow *self);
void       ch_review_idea_row_set_selected (ChReviewIdeaRow *self,
                                            gboolean         selected);

G_END_DECLS
