/* ch-review-card.h: one cluster of the review: its rank, dots, summary,
 * top ideas and the personas it serves
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ch-project.h"
#include "ch-review-rank.h"

G_BEGIN_DECLS

#define CH_TYPE_REVIEW_CARD (ch_review_card_get_type())

G_DECLARE_FINAL_TYPE (ChReviewCard, ch_review_card, CH, REVIEW_CARD, GtkListBoxRow)

GtkWidget    *ch_review_card_new           (ChProject                  *project,
                                            ChReviewRank               *rank,
                                            GtkListBoxCreateWidgetFunc  create_idea_row,
                                            gpointer                    user_data);
ChReviewRank *ch_review_card_get_rank      (ChReviewCard               *self);
GtkListBox   *ch_review_card_get_idea_list (ChReviewCard               *self);
GtkTextView  *ch_review_card_get_summary_view (ChReviewCard            *self);

G_END_DECLS
