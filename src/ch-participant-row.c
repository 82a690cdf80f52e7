/* ch-participant-row.c: one participant in the list of participants
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-participant-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-participant-row.h"

struct _ChParticipantRow
{
  AdwBin         parent_instance;

  ChProject     *project;
  ChParticipant *participant;
  /* The persona the participant is, watched for its name. */
  ChPersona     *persona;

  /* Template widgets */
  GtkLabel      *name_label;
  GtkLabel      *details_label;
};

G_DEFINE_FINAL_TYPE (ChParticipantRow, ch_participant_row, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_PARTICIPANT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void persona_notify_cb (ChParticipantRow *self);

static void
watch_persona (ChParticipantRow *self,
               ChPersona        *persona)
{
  if (self->persona == persona)
    return;

  if (self->persona != NULL)
    g_signal_handlers_disconnect_by_func (self->persona, persona_notify_cb, self);

  g_set_object (&self->persona, persona);

  if (self->persona != NULL)
    g_signal_connect_object (self->persona, "notify::name", G_CALLBACK (persona_notify_cb), self,
                             G_CONNECT_SWAPPED);
}

/* Adds @part to the details: "Customer" becomes "Customer · Co-creator". */
static char *
append_detail (char       *details,
               const char *part)
{
  /* Translators: a participant's kind, role and persona in the list of
   * participants, one after the other: "Customer · Co-creator · Busy parent" */
  char *joined = g_strdup_printf (_("%s · %s"), details, part);

  g_free (details);

  return joined;
}

static void
update_labels (ChParticipantRow *self)
{
  g_autofree char *details = NULL;
  ChParticipantRole role;
  ChEntity *persona = NULL;

  if (self->participant == NULL)
    {
      watch_persona (self, NULL);
      return;
    }

  if (self->project != NULL)
    persona = ch_project_lookup (self->project, CH_TYPE_PERSONA,
                                 ch_participant_get_persona_id (self->participant));
  watch_persona (self, persona != NULL ? CH_PERSONA (persona) : NULL);

  details = g_strdup (ch_participant_kind_to_label (ch_participant_get_kind (self->participant)));
  role = ch_participant_get_role (self->participant);
  if (role != CH_PARTICIPANT_ROLE_NONE)
    details = append_detail (details, ch_participant_role_to_label (role));
  if (self->persona != NULL)
    details = append_detail (details, ch_persona_get_name (self->persona));

  gtk_label_set_label (self->name_label, ch_participant_get_name (self->participant));
  gtk_label_set_label (self->details_label, details);
}

static void
participant_notify_cb (ChParticipantRow *self)
{
  update_labels (self);
}

static void
persona_notify_cb (ChParticipantRow *self)
{
  update_labels (self);
}

static void
ch_participant_row_dispose (GObject *object)
{
  ChParticipantRow *self = CH_PARTICIPANT_ROW (object);

  ch_participant_row_set_participant (self, NULL);
  watch_persona (self, NULL);
  g_clear_object (&self->project);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_PARTICIPANT_ROW);

  G_OBJECT_CLASS (ch_participant_row_parent_class)->dispose (object);
}

static void
ch_participant_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ChParticipantRow *self = CH_PARTICIPANT_ROW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;

    case PROP_PARTICIPANT:
      g_value_set_object (value, self->participant);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_participant_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ChParticipantRow *self = CH_PARTICIPANT_ROW (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      ch_participant_row_set_project (self, g_value_get_object (value));
      break;

    case PROP_PARTICIPANT:
      ch_participant_row_set_participant (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_participant_row_class_init (ChParticipantRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_participant_row_dispose;
  object_class->get_property = ch_participant_row_get_property;
  object_class->set_property = ch_participant_row_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         CH_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PARTICIPANT] =
    g_param_spec_object ("participant", NULL, NULL,
                         CH_TYPE_PARTICIPANT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/"
                                               "ch-participant-row.ui");
  gtk_widget_class_bind_template_child (widget_class, ChParticipantRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, ChParticipantRow, details_label);
}

static void
ch_participant_row_init (ChParticipantRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ch_participant_row_get_project:
 *
 * Returns: (transfer none) (nullable): the project the persona is looked up in
 */
ChProject *
ch_participant_row_get_project (ChParticipantRow *self)
{
  g_return_val_if_fail (CH_IS_PARTICIPANT_ROW (self), NULL);

  return self->project;
}

void
ch_participant_row_set_project (ChParticipantRow *self,
                                ChProject        *project)
{
  g_return_if_fail (CH_IS_PARTICIPANT_ROW (self));
  g_return_if_fail (project == NULL || CH_IS_PROJECT (project));

  if (!g_set_object (&self->project, project))
    return;

  update_labels (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * ch_participant_row_get_participant:
 *
 * Returns: (transfer none) (nullable): the participant shown
 */
ChParticipant *
ch_participant_row_get_participant (ChParticipantRow *self)
{
  g_return_val_if_fail (CH_IS_PARTICIPANT_ROW (self), NULL);

  return self->participant;
}

void
ch_participant_row_set_participant (ChParticipantRow *self,
                                    ChParticipant    *participant)
{
  g_return_if_fail (CH_IS_PARTICIPANT_ROW (self));
  g_return_if_fail (participant == NULL || CH_IS_PARTICIPANT (participant));

  if (self->participant == participant)
    return;

  if (self->participant != NULL)
    g_signal_handlers_disconnect_by_func (self->participant, participant_notify_cb, self);

  g_set_object (&self->participant, participant);

  if (self->participant != NULL)
    g_signal_connect_object (self->participant, "notify", G_CALLBACK (participant_notify_cb),
                             self, G_CONNECT_SWAPPED);

  update_labels (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTICIPANT]);
}
