/* ch-persona-idea-row.c: one idea among those that serve a persona
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-persona-idea-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-persona-idea-row.h"

struct _ChPersonaIdeaRow
{
  AdwBin    parent_instance;

  ChIdea   *idea;

  /* Template widgets */
  GtkLabel *title_label;
  GtkLabel *status_label;
};

G_DEFINE_FINAL_TYPE (ChPersonaIdeaRow, ch_persona_idea_row, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_IDEA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The list item the row is in is what has the focus, and what a screen
 * reader names; GTK 4.8 has no gtk_list_item_set_accessible_label (4.12),
 * so the row names it. */
static void
name_list_item (ChPersonaIdeaRow *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));
  g_autofree char *name = NULL;

  if (self->idea == NULL || parent == NULL ||
      gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (parent)) != GTK_ACCESSIBLE_ROLE_LIST_ITEM)
    return;

  /* Translators: an idea that serves a persona, as a screen reader says it:
   * its title, then its status ("Pay by phone, Shortlisted") */
  name = g_strdup_printf (_("%s, %s"), ch_idea_get_title (self->idea),
                          ch_idea_status_to_label (ch_idea_get_status (self->idea)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (parent),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static void
update_labels (ChPersonaIdeaRow *self)
{
  if (self->idea == NULL)
    return;

  gtk_label_set_label (self->title_label, ch_idea_get_title (self->idea));
  gtk_label_set_label (self->status_label,
                       ch_idea_status_to_label (ch_idea_get_status (self->idea)));
  name_list_item (self);
}

static void
idea_notify_cb (ChPersonaIdeaRow *self,
                GParamSpec       *pspec)
{
  if (pspec->name == g_intern_static_string ("title") ||
      pspec->name == g_intern_static_string ("status"))
    update_labels (self);
}

static void
parent_notify_cb (ChPersonaIdeaRow *self)
{
  name_list_item (self);
}

static void
ch_persona_idea_row_dispose (GObject *object)
{
  ChPersonaIdeaRow *self = CH_PERSONA_IDEA_ROW (object);

  ch_persona_idea_row_set_idea (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_PERSONA_IDEA_ROW);

  G_OBJECT_CLASS (ch_persona_idea_row_parent_class)->dispose (object);
}

static void
ch_persona_idea_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ChPersonaIdeaRow *self = CH_PERSONA_IDEA_ROW (object);

  switch (prop_id)
    {
    case PROP_IDEA:
      g_value_set_object (value, self->idea);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_persona_idea_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  ChPersonaIdeaRow *self = CH_PERSONA_IDEA_ROW (object);

  switch (prop_id)
    {
    case PROP_IDEA:
      ch_persona_idea_row_set_idea (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_persona_idea_row_class_init (ChPersonaIdeaRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_persona_idea_row_dispose;
  object_class->get_property = ch_persona_idea_row_get_property;
  object_class->set_property = ch_persona_idea_row_set_property;

  properties[PROP_IDEA] =
    g_param_spec_object ("idea", NULL, NULL,
                         CH_TYPE_IDEA,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/"
                                               "ch-persona-idea-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ChPersonaIdeaRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, ChPersonaIdeaRow, status_label);
}

static void
ch_persona_idea_row_init (ChPersonaIdeaRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (self, "notify::parent", G_CALLBACK (parent_notify_cb), NULL);
}

/**
 * ch_persona_idea_row_get_idea:
 *
 * Returns: (transfer none) (nullable): the idea shown
 */
ChIdea *
ch_persona_idea_row_get_idea (ChPersonaIdeaRow *self)
{
  g_return_val_if_fail (CH_IS_PERSONA_IDEA_ROW (self), NULL);

  return self->idea;
}

void
ch_persona_idea_row_set_idea (ChPersonaIdeaRow *self,
                              ChIdea           *idea)
{
  g_return_if_fail (CH_IS_PERSONA_IDEA_ROW (self));
  g_return_if_fail (idea == NULL || CH_IS_IDEA (idea));

  if (self->idea == idea)
    return;

  if (self->idea != NULL)
    g_signal_handlers_disconnect_by_func (self->idea, idea_notify_cb, self);

  g_set_object (&self->idea, idea);

  if (self->idea != NULL)
    {
      g_signal_connect_object (self->idea, "notify", G_CALLBACK (idea_notify_cb), self,
                               G_CONNECT_SWAPPED);
      update_labels (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IDEA]);
}
