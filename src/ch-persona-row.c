/* ch-persona-row.c: one persona in the list of personas
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-persona-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-persona-row.h"

struct _ChPersonaRow
{
  AdwBin       parent_instance;

  ChPersona      *persona;

  /* Template widgets */
  GtkDrawingArea *color_dot;
  GtkLabel       *name_label;
  GtkLabel       *details_label;
};

G_DEFINE_FINAL_TYPE (ChPersonaRow, ch_persona_row, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PERSONA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The list item the row is in is what has the focus, and what a screen
 * reader names; GTK 4.8 has no gtk_list_item_set_accessible_label (4.12),
 * so the row names it. */
static void
name_list_item (ChPersonaRow *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  if (self->persona == NULL || parent == NULL ||
      gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (parent)) != GTK_ACCESSIBLE_ROLE_LIST_ITEM)
    return;

  gtk_accessible_update_property (GTK_ACCESSIBLE (parent),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  ch_persona_get_name (self->persona),
                                  -1);
}

static void
update_labels (ChPersonaRow *self)
{
  g_autofree char *details = NULL;
  const char *kind;
  const char *segment;

  if (self->persona == NULL)
    return;

  kind = ch_persona_kind_to_label (ch_persona_get_kind (self->persona));
  segment = ch_persona_get_segment (self->persona);
  if (segment != NULL && *segment != '\0')
    /* Translators: a persona's kind and segment: "External customer · Families" */
    details = g_strdup_printf (_("%s · %s"), kind, segment);
  else
    details = g_strdup (kind);

  gtk_label_set_label (self->name_label, ch_persona_get_name (self->persona));
  gtk_label_set_label (self->details_label, details);
  gtk_widget_queue_draw (GTK_WIDGET (self->color_dot));
  name_list_item (self);
}

/* A filled circle in the persona's colour, a faint ring without one. */
static void
draw_color_dot (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        user_data)
{
  ChPersonaRow *self = user_data;
  const char *color = self->persona != NULL ? ch_persona_get_color (self->persona) : NULL;
  double radius = MIN (width, height) / 2.0;
  GdkRGBA rgba;

  cairo_arc (cr, width / 2.0, height / 2.0, radius - 1.0, 0, 2 * G_PI);

  if (color != NULL && gdk_rgba_parse (&rgba, color))
    {
      gdk_cairo_set_source_rgba (cr, &rgba);
      cairo_fill (cr);
    }
  else
    {
      gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &rgba);
      rgba.alpha *= 0.3;
      gdk_cairo_set_source_rgba (cr, &rgba);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
    }
}

static void
persona_notify_cb (ChPersonaRow *self)
{
  update_labels (self);
}

static void
parent_notify_cb (ChPersonaRow *self)
{
  name_list_item (self);
}

static void
ch_persona_row_dispose (GObject *object)
{
  ChPersonaRow *self = CH_PERSONA_ROW (object);

  ch_persona_row_set_persona (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_PERSONA_ROW);

  G_OBJECT_CLASS (ch_persona_row_parent_class)->dispose (object);
}

static void
ch_persona_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ChPersonaRow *self = CH_PERSONA_ROW (object);

  switch (prop_id)
    {
    case PROP_PERSONA:
      g_value_set_object (value, self->persona);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_persona_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ChPersonaRow *self = CH_PERSONA_ROW (object);

  switch (prop_id)
    {
    case PROP_PERSONA:
      ch_persona_row_set_persona (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_persona_row_class_init (ChPersonaRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_persona_row_dispose;
  object_class->get_property = ch_persona_row_get_property;
  object_class->set_property = ch_persona_row_set_property;

  properties[PROP_PERSONA] =
    g_param_spec_object ("persona", NULL, NULL,
                         CH_TYPE_PERSONA,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/ch-persona-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ChPersonaRow, color_dot);
  gtk_widget_class_bind_template_child (widget_class, ChPersonaRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, ChPersonaRow, details_label);

}

static void
ch_persona_row_init (ChPersonaRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drawing_area_set_draw_func (self->color_dot, draw_color_dot, self, NULL);
  g_signal_connect (self, "notify::parent", G_CALLBACK (parent_notify_cb), NULL);
}

/**
 * ch_persona_row_get_persona:
 *
 * Returns: (transfer none) (nullable): the persona shown
 */
ChPersona *
ch_persona_row_get_persona (ChPersonaRow *self)
{
  g_return_val_if_fail (CH_IS_PERSONA_ROW (self), NULL);

  return self->persona;
}

void
ch_persona_row_set_persona (ChPersonaRow *self,
                            ChPersona    *persona)
{
  g_return_if_fail (CH_IS_PERSONA_ROW (self));
  g_return_if_fail (persona == NULL || CH_IS_PERSONA (persona));

  if (self->persona == persona)
    return;

  if (self->persona != NULL)
    g_signal_handlers_disconnect_by_func (self->persona, persona_notify_cb, self);

  g_set_object (&self->persona, persona);

  if (self->persona != NULL)
    g_signal_connect_object (self->persona, "notify", G_CALLBACK (persona_notify_cb), self,
                             G_CONNECT_SWAPPED);

  update_labels (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSONA]);
}
