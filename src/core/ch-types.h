/* ch-types.h: forward declarations of Charrette's core types
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _ChCluster      ChCluster;
typedef struct _ChContributor  ChContributor;
typedef struct _ChEntity       ChEntity;
typedef struct _ChIdea         ChIdea;
typedef struct _ChLibrary      ChLibrary;
typedef struct _ChParticipant  ChParticipant;
typedef struct _ChPersona      ChPersona;
typedef struct _ChProject      ChProject;
typedef struct _ChProjectFile  ChProjectFile;
typedef struct _ChSession      ChSession;
typedef struct _ChStore        ChStore;
typedef struct _ChVote         ChVote;

G_END_DECLS
