/**
 * The words the sample program is made of: organisation, demographics, tracks, roles, survey items,
 * names. Shares are the generator's population weights (they need not sum to 1).
 */

export const GENDERS = ['Woman', 'Man', 'Non-binary'] as const;
export const GENDER_WEIGHTS = [0.46, 0.51, 0.03];
/** index of the group that gets fewer external coaches (planted finding 2) */
export const WOMAN = 0;

export const ETHNICITIES = ['White', 'Asian', 'Black', 'Hispanic or Latino', 'Two or more'] as const;
export const ETHNICITY_WEIGHTS = [0.48, 0.22, 0.13, 0.12, 0.05];

export const BUSINESS_UNITS = ['Consumer', 'Enterprise', 'Platform', 'Corporate'] as const;
export const BUSINESS_UNIT_WEIGHTS = [0.3, 0.28, 0.22, 0.2];

export const FUNCTIONS = [
  'Product',
  'Operations',
  'Finance',
  'Customer Experience',
  'Engineering',
  'Sales',
  'HR',
] as const;
export const FUNCTION_WEIGHTS = [0.16, 0.18, 0.12, 0.14, 0.2, 0.14, 0.06];

/** the functions participants rotate through (indices into FUNCTIONS are the same: 0..3) */
export const ROTATION_FUNCTIONS = ['Product', 'Operations', 'Finance', 'Customer Experience'] as const;
/** checkpoint ratings 1..5 per rotation function (slightly different means, like real programs) */
export const CHECKPOINT_WEIGHTS: readonly (readonly number[])[] = [
  [0.02, 0.08, 0.25, 0.42, 0.23],
  [0.03, 0.1, 0.3, 0.38, 0.19],
  [0.04, 0.12, 0.32, 0.36, 0.16],
  [0.02, 0.07, 0.24, 0.42, 0.25],
];

export const LOCATIONS = ['New York', 'London', 'Chicago', 'Toronto', 'Singapore', 'Berlin'] as const;
export const LOCATION_WEIGHTS = [0.25, 0.22, 0.15, 0.13, 0.12, 0.13];

export const TRACKS = ['Technical leadership', 'Strategic execution', 'People management'] as const;
export const TRACK_WEIGHTS = [0.35, 0.35, 0.3];

/** pool levels 5..9, a pyramid */
export const POOL_LEVELS = [5, 6, 7, 8, 9] as const;
export const POOL_LEVEL_WEIGHTS = [0.34, 0.27, 0.19, 0.13, 0.07];

/** the critical roles participants are developed for; the last is rare (often no ready-now successor) */
export const TARGET_ROLES = [
  'VP Engineering',
  'VP Product',
  'Chief Operating Officer',
  'Chief Financial Officer',
  'VP Customer Experience',
  'VP Sales',
  'General Manager, Consumer',
  'General Manager, Enterprise',
  'Chief People Officer',
  'Chief Information Security Officer',
] as const;
export const TARGET_ROLE_WEIGHTS = [0.15, 0.14, 0.1, 0.09, 0.11, 0.12, 0.1, 0.1, 0.07, 0.02];

export const EXIT_TYPES = ['Voluntary', 'Involuntary', 'Retirement', 'Other'] as const;
export const EXIT_TYPE_WEIGHTS = [0.66, 0.18, 0.06, 0.1];

export const READINESS = ['Ready now', 'Ready 1-2 years', 'Ready 3+ years', 'Not ready'] as const;

export const STATUSES = ['Active', 'Completed', 'Withdrawn'] as const;

export const VENDORS = [
  'Summit Executive Coaching',
  'Northbridge Partners',
  'Clearpath Leadership',
  'Meridian Coaching Group',
] as const;
export const VENDOR_WEIGHTS = [0.35, 0.3, 0.2, 0.15];

export const MENTEE_ITEMS = [
  'Overall, I am satisfied with this relationship',
  'Our sessions help me make progress on my development goals',
  'Our sessions are a good use of my time',
] as const;
export const MENTOR_ITEMS = [
  'Overall, I am satisfied with this mentoring relationship',
  'My mentee comes prepared and follows through',
] as const;
export const COACH_ITEMS = [
  'Overall, I am satisfied with this coaching engagement',
  'My client is engaged and acts on feedback',
] as const;
export const CLIMATE_ITEMS = [
  'I feel supported in my development',
  'I can see a future for myself here',
  'I can raise concerns without fear',
] as const;
export const NPS_ITEM = 'How likely are you to recommend the program to a colleague?';

/** mentee satisfaction, scores 1..5: before the as-of quarter (mean 3.85) and in it (mean 4.21) */
export const MENTEE_BASE = [0.03, 0.07, 0.2, 0.42, 0.28];
export const MENTEE_LIFTED = [0.01, 0.03, 0.12, 0.42, 0.42];
export const MENTOR_SCORES = [0.02, 0.06, 0.22, 0.45, 0.25];
export const COACH_SCORES = [0.02, 0.05, 0.2, 0.45, 0.28];
export const CLIMATE_PARTICIPANT = [0.03, 0.08, 0.24, 0.42, 0.23];
export const CLIMATE_POOL = [0.05, 0.12, 0.28, 0.37, 0.18];
/** NPS 0..10 */
export const NPS_SCORES = [0.01, 0.01, 0.01, 0.02, 0.02, 0.04, 0.07, 0.14, 0.22, 0.24, 0.22];

export const WOMEN_FIRST = [
  'Amara', 'Beatriz', 'Chloe', 'Deepa', 'Elena', 'Fatima', 'Grace', 'Hannah', 'Ines', 'Julia',
  'Keiko', 'Leila', 'Maria', 'Nadia', 'Olivia', 'Priya', 'Rachel', 'Sofia', 'Tamara', 'Uma',
  'Valeria', 'Wei', 'Ximena', 'Yara', 'Zoe', 'Aisha', 'Bianca', 'Clara', 'Daniela', 'Emma',
  'Farah', 'Gabriela', 'Helen', 'Imani', 'Jasmine', 'Kavya', 'Lucia', 'Mei', 'Naomi', 'Rosa',
] as const;
export const MEN_FIRST = [
  'Aaron', 'Bilal', 'Carlos', 'David', 'Ethan', 'Felix', 'Gabriel', 'Hiroshi', 'Ibrahim', 'James',
  'Kwame', 'Liam', 'Mateo', 'Nikhil', 'Oliver', 'Pedro', 'Rahul', 'Samuel', 'Thomas', 'Victor',
  'William', 'Xavier', 'Yusuf', 'Zane', 'Andre', 'Ben', 'Chen', 'Diego', 'Elijah', 'Farid',
  'George', 'Hassan', 'Isaac', 'Jun', 'Kofi', 'Lucas', 'Marcus', 'Noah', 'Omar', 'Ravi',
] as const;
export const NEUTRAL_FIRST = [
  'Alex', 'Avery', 'Casey', 'Jordan', 'Morgan', 'Quinn', 'Riley', 'Rowan', 'Sam', 'Taylor',
] as const;
export const LAST_NAMES = [
  'Adeyemi', 'Alvarez', 'Anderson', 'Bauer', 'Bennett', 'Brown', 'Campbell', 'Chen', 'Chowdhury', 'Clarke',
  'Costa', 'Davies', 'Diaz', 'Dubois', 'Edwards', 'Evans', 'Fernandes', 'Fischer', 'Garcia', 'Gupta',
  'Haddad', 'Hall', 'Hansen', 'Hernandez', 'Hughes', 'Ibrahim', 'Ito', 'Jackson', 'Jensen', 'Johnson',
  'Kang', 'Kapoor', 'Khan', 'Kim', 'Kowalski', 'Lee', 'Lewis', 'Lopez', 'Martin', 'Mbeki',
  'Mensah', 'Meyer', 'Miller', 'Moreau', 'Morris', 'Murphy', 'Nakamura', 'Nguyen', 'Novak', 'Obi',
  'Okafor', 'Olsen', 'Osei', 'Park', 'Patel', 'Perez', 'Petrov', 'Ramirez', 'Rao', 'Reyes',
  'Rossi', 'Santos', 'Schmidt', 'Shah', 'Silva', 'Singh', 'Smith', 'Suzuki', 'Tanaka', 'Taylor',
  'Thompson', 'Torres', 'Tran', 'Turner', 'Walker', 'Wang', 'Watson', 'Williams', 'Wilson', 'Wright',
  'Yamamoto', 'Young', 'Zhang', 'Zimmerman',
] as const;
