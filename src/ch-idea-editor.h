/* ch-idea-editor.h: the side pane that edits one idea
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ch-project.h"

G_BEGIN_DECLS

#define CH_TYPE_IDEA_EDITOR (ch_idea_editor_get_type())

G_DECLARE_FINAL_TYPE (ChIdeaEditor, ch_idea_editor, CH, IDEA_EDITOR, GtkWidget)

ChProject *ch_idea_editor_get_project (ChIdeaEditor *self);
void       ch_idea_editor_set_project (ChIdeaEditor *self,
                                       ChProject    *project);
ChIdea    *ch_idea_editor_get_idea    (ChIdeaEditor *self);
void       ch_idea_editor_set_idea    (ChIdeaEditor *self,
                                       ChIdea       *idea);

G_END_DECLS
