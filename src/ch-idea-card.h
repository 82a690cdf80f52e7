/* ch-idea-card.h: an idea on the board, as a sticky note
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ch-board-page-private.h"

G_BEGIN_DECLS

#define CH_TYPE_IDEA_CARD (ch_idea_card_get_type())

G_DECLARE_FINAL_TYPE (ChIdeaCard, ch_idea_card, CH, IDEA_CARD, GtkWidget)

GtkWidget *ch_idea_card_new      (ChBoardPage   *page,
                                  ChBoardColumn *column);
ChIdea    *ch_idea_card_get_idea (ChIdeaCard    *self);
void       ch_idea_card_set_idea (ChIdeaCard    *self,
                                  ChIdea        *idea);
void       ch_idea_card_update   (ChIdeaCard    *self);

G_END_DECLS
