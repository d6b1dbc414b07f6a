/**
 */
package ssiplan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rebalance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Even out memory and CPU use across the members with the fewest live relocations.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.Rebalance#getMembers <em>Members</em>}</li>
 *   <li>{@link ssiplan.model.Rebalance#getTolerancePercent <em>Tolerance Percent</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getRebalance()
 * @model
 * @generated
 */
public interface Rebalance extends Scenario {
	/**
	 * Returns the value of the '<em><b>Members</b></em>' reference list.
	 * The list contents are of type {@link ssiplan.model.Member}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Members taking part; empty means every joined member.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Members</em>' reference list.
	 * @see ssiplan.model.SsiplanPackage#getRebalance_Members()
	 * @model
	 * @generated
	 */
	EList<Member> getMembers();

	/**
	 * Returns the value of the '<em><b>Tolerance Percent</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stop when every member's memory and CPU use is within this many percentage points of the mean.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tolerance Percent</em>' attribute.
	 * @see #setTolerancePercent(double)
	 * @see ssiplan.model.SsiplanPackage#getRebalance_TolerancePercent()
	 * @model default="10"
	 * @generated
	 */
	double getTolerancePercent();

	/**
	 * Sets the value of the '{@link ssiplan.model.Rebalance#getTolerancePercent <em>Tolerance Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tolerance Percent</em>' attribute.
	 * @see #getTolerancePercent()
	 * @generated
	 */
	void setTolerancePercent(double value);

} // Rebalance
