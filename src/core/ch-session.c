/* ch-session.c
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-session"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ch-entity-private.h"
#include "ch-session.h"

struct _ChSession
{
  ChEntity  parent_instance;

  char     *title;
  char     *date;
  char     *facilitator;
  char     *agenda;
  gboolean  anonymous;
};

G_DEFINE_FINAL_TYPE (ChSession, ch_session, CH_TYPE_ENTITY)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DATE,
  PROP_FACILITATOR,
  PROP_AGENDA,
  PROP_ANONYMOUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ch_session_finalize (GObject *object)
{
  ChSession *self = (ChSession *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->facilitator, g_free);
  g_clear_pointer (&self->agenda, g_free);

  G_OBJECT_CLASS (ch_session_parent_class)->finalize (object);
}

static void
ch_session_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  ChSession *self = CH_SESSION (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_FACILITATOR:
      g_value_set_string (value, self->facilitator);
      break;

    case PROP_AGENDA:
      g_value_set_string (value, self->agenda);
      break;

    case PROP_ANONYMOUS:
      g_value_set_boolean (value, self->anonymous);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_session_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  ChSession *self = CH_SESSION (object);
  ChEntity *entity = CH_ENTITY (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      ch_entity_take_string (entity, &self->title, g_value_get_string (value), FALSE, pspec);
      break;

    case PROP_DATE:
      ch_entity_take_string (entity, &self->date, g_value_get_string (value), FALSE, pspec);
      break;

    case PROP_FACILITATOR:
      ch_entity_take_string (entity, &self->facilitator, g_value_get_string (value), TRUE, pspec);
      break;

    case PROP_AGENDA:
      ch_entity_take_string (entity, &self->agenda, g_value_get_string (value), TRUE, pspec);
      break;

    case PROP_ANONYMOUS:
      if (self->anonymous != g_value_get_boolean (value))
        {
          self->anonymous = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_session_class_init (ChSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ch_session_finalize;
  object_class->get_property = ch_session_get_property;
  object_class->set_property = ch_session_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", flags);
  /* YYYY-MM-DD */
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, "", flags);
  properties[PROP_FACILITATOR] =
    g_param_spec_string ("facilitator", NULL, NULL, NULL, flags);
  properties[PROP_AGENDA] =
    g_param_spec_string ("agenda", NULL, NULL, NULL, flags);
  /**
   * ChSession:anonymous:
   *
   * Whether who contributed is never recorded: the project keeps no
   * contributor for the ideas of an anonymous session. Only the project
   * file keeps this; workshop format 1 has no place for it.
   */
  properties[PROP_ANONYMOUS] =
    g_param_spec_boolean ("anonymous", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ch_session_init (ChSession *self)
{
  self->title = g_strdup ("");
  self->date = g_strdup ("");
}

ChSession *
ch_session_new (const char *id,
                const char *title,
                const char *date)
{
  return g_object_new (CH_TYPE_SESSION,
                       "id", id,
                       "title", title,
                       "date", date,
                       NULL);
}

const char *
ch_session_get_title (ChSession *self)
{
  g_return_val_if_fail (CH_IS_SESSION (self), NULL);
  return self->title;
}

const char *
ch_session_get_date (ChSession *self)
{
  g_return_val_if_fail (CH_IS_SESSION (self), NULL);
  return self->date;
}

const char *
ch_session_get_facilitator (ChSession *self)
{
  g_return_val_if_fail (CH_IS_SESSION (self), NULL);
  return self->facilitator;
}

const char *
ch_session_get_agenda (ChSession *self)
{
  g_return_val_if_fail (CH_IS_SESSION (self), NULL);
  return self->agenda;
}

gboolean
ch_session_get_anonymous (ChSession *self)
{
  g_return_val_if_fail (CH_IS_SESSION (self), FALSE);
  return self->anonymous;
}
