/** The operator's view of what the service answered: records of both APIs by period and text, and usage sums. */
package dev.slicewise.domain.record;
