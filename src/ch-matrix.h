/* ch-matrix.h: the impact/effort matrix, ideas placed on a 5×5 grid
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ch-project.h"

G_BEGIN_DECLS

/* The scale of both axes: 0 is “not set”, 1 to 5 are on the grid. */
#define CH_MATRIX_MIN 1
#define CH_MATRIX_MAX 5

#define CH_TYPE_MATRIX (ch_matrix_get_type())

G_DECLARE_FINAL_TYPE (ChMatrix, ch_matrix, CH, MATRIX, GtkWidget)

GtkWidget  *ch_matrix_new                (void);
ChProject  *ch_matrix_get_project        (ChMatrix        *self);
void        ch_matrix_set_project        (ChMatrix        *self,
                                          ChProject       *project);
GListModel *ch_matrix_get_model          (ChMatrix        *self);
void        ch_matrix_set_model          (ChMatrix        *self,
                                          GListModel      *model);
ChIdea     *ch_matrix_get_selected       (ChMatrix        *self);
void        ch_matrix_set_selected       (ChMatrix        *self,
                                          ChIdea          *idea);

/* Where things are, for the widget's current size. */
gboolean    ch_matrix_cell_at            (ChMatrix        *self,
                                          double           x,
                                          double           y,
                                          int             *impact,
                                          int             *effort);
gboolean    ch_matrix_cell_bounds        (ChMatrix        *self,
                                          int              impact,
                                          int              effort,
                                          graphene_rect_t *bounds);
gboolean    ch_matrix_idea_bounds        (ChMatrix        *self,
                                          ChIdea          *idea,
                                          graphene_rect_t *bounds);

const char *ch_matrix_describe_position  (int              impact,
                                          int              effort);

G_END_DECLS
