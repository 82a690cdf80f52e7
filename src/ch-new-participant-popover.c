/* ch-new-participant-popover.c: adds a participant from the capture bar
 *
 * Someone new speaks up: the facilitator types their name and kind,
 * presses Enter, and goes on capturing with them as the contributor. The
 * participant is added through the project, one step to undo; the
 * "participant-added" signal tells the capture bar whom to choose.
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-new-participant-popover"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-enum-types.h"
#include "ch-new-participant-popover.h"
#include "ch-window.h"

struct _ChNewParticipantPopover
{
  GtkPopover   parent_instance;

  ChProject   *project;

  /* Template widgets */
  GtkEntry    *name_entry;
  GtkDropDown *kind_drop_down;
  GtkButton   *add_button;
};

G_DEFINE_FINAL_TYPE (ChNewParticipantPopover, ch_new_participant_popover, GTK_TYPE_POPOVER)

enum {
  PROP_0,
  PROP_PROJECT,
  N_PROPS
};

enum {
  PARTICIPANT_ADDED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static char *
dup_name (ChNewParticipantPopover *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))));
}

static void
add_participant (ChNewParticipantPopover *self)
{
  g_autoptr(ChParticipant) participant = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = dup_name (self);

  if (self->project == NULL || *name == '\0')
    return;

  participant = ch_participant_new (NULL, name);
  g_object_set (participant, "kind", gtk_drop_down_get_selected (self->kind_drop_down), NULL);
  if (!ch_project_add (self->project, CH_ENTITY (participant), &error))
    {
      ch_window_report_error (GTK_WIDGET (self), error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), "");
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[PARTICIPANT_ADDED], 0, participant);
}

static void
name_changed_cb (ChNewParticipantPopover *self,
                 GtkEditable             *editable)
{
  g_autofree char *name = dup_name (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), *name != '\0');
}

static void
name_activated_cb (ChNewParticipantPopover *self,
                   GtkEntry                *entry)
{
  add_participant (self);
}

static void
add_clicked_cb (ChNewParticipantPopover *self,
                GtkButton               *button)
{
  add_participant (self);
}

static void
ch_new_participant_popover_show (GtkWidget *widget)
{
  ChNewParticipantPopover *self = CH_NEW_PARTICIPANT_POPOVER (widget);

  /* Each new person starts as a customer: most people in the room are. */
  gtk_drop_down_set_selected (self->kind_drop_down, CH_PARTICIPANT_KIND_CUSTOMER);

  GTK_WIDGET_CLASS (ch_new_participant_popover_parent_class)->show (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

static void
ch_new_participant_popover_dispose (GObject *object)
{
  ChNewParticipantPopover *self = CH_NEW_PARTICIPANT_POPOVER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_NEW_PARTICIPANT_POPOVER);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (ch_new_participant_popover_parent_class)->dispose (object);
}

static void
ch_new_participant_popover_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  ChNewParticipantPopover *self = CH_NEW_PARTICIPANT_POPOVER (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_new_participant_popover_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  ChNewParticipantPopover *self = CH_NEW_PARTICIPANT_POPOVER (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      ch_new_participant_popover_set_project (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_new_participant_popover_class_init (ChNewParticipantPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_new_participant_popover_dispose;
  object_class->get_property = ch_new_participant_popover_get_property;
  object_class->set_property = ch_new_participant_popover_set_property;

  widget_class->show = ch_new_participant_popover_show;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         CH_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ChNewParticipantPopover::participant-added:
   * @participant: the participant, already in the project
   */
  signals[PARTICIPANT_ADDED] =
    g_signal_new ("participant-added",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CH_TYPE_PARTICIPANT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/ch-new-participant-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, ChNewParticipantPopover, name_entry);
  gtk_widget_class_bind_template_child (widget_class, ChNewParticipantPopover, kind_drop_down);
  gtk_widget_class_bind_template_child (widget_class, ChNewParticipantPopover, add_button);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
}

static void
ch_new_participant_popover_init (ChNewParticipantPopover *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) kind_class = g_type_class_ref (CH_TYPE_PARTICIPANT_KIND);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < kind_class->n_values; i++)
    gtk_string_list_append (kinds, ch_participant_kind_to_label (kind_class->values[i].value));
  gtk_drop_down_set_model (self->kind_drop_down, G_LIST_MODEL (kinds));
}

GtkWidget *
ch_new_participant_popover_new (void)
{
  return g_object_new (CH_TYPE_NEW_PARTICIPANT_POPOVER, NULL);
}

ChProject *
ch_new_participant_popover_get_project (ChNewParticipantPopover *self)
{
  g_return_val_if_fail (CH_IS_NEW_PARTICIPANT_POPOVER (self), NULL);

  return self->project;
}

void
ch_new_participant_popover_set_project (ChNewParticipantPopover *self,
                                        ChProject               *project)
{
  g_return_if_fail (CH_IS_NEW_PARTICIPANT_POPOVER (self));
  g_return_if_fail (project == NULL || CH_IS_PROJECT (project));

  if (g_set_object (&self->project, project))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}
