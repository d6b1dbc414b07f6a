/**
 */
package ssiplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Planning Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Limits and defaults the planner applies; kept in the model (not in code) because several are unconfirmed [U] or are site policy.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.PlanningSettings#getMemoryOvercommitLimit <em>Memory Overcommit Limit</em>}</li>
 *   <li>{@link ssiplan.model.PlanningSettings#getPagingUseLimit <em>Paging Use Limit</em>}</li>
 *   <li>{@link ssiplan.model.PlanningSettings#getReleaseLimits <em>Release Limits</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getPlanningSettings()
 * @model
 * @generated
 */
public interface PlanningSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Memory Overcommit Limit</b></em>' attribute.
	 * The default value is <code>"1.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Largest allowed ratio of guest virtual storage (sum of logged-on guests' storage) to a member's real memory. 1.5 is a conservative planning default for Linux workloads, not an IBM rule; sites commonly plan between 1.5 and 3.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memory Overcommit Limit</em>' attribute.
	 * @see #setMemoryOvercommitLimit(double)
	 * @see ssiplan.model.SsiplanPackage#getPlanningSettings_MemoryOvercommitLimit()
	 * @model default="1.5"
	 * @generated
	 */
	double getMemoryOvercommitLimit();

	/**
	 * Sets the value of the '{@link ssiplan.model.PlanningSettings#getMemoryOvercommitLimit <em>Memory Overcommit Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Overcommit Limit</em>' attribute.
	 * @see #getMemoryOvercommitLimit()
	 * @generated
	 */
	void setMemoryOvercommitLimit(double value);

	/**
	 * Returns the value of the '<em><b>Paging Use Limit</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Highest planned fraction of a member's paging space in use. IBM performance guidance keeps paging DASD well below half full so CP can page in contiguous blocks; site policy, used by storage checks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Paging Use Limit</em>' attribute.
	 * @see #setPagingUseLimit(double)
	 * @see ssiplan.model.SsiplanPackage#getPlanningSettings_PagingUseLimit()
	 * @model default="0.5"
	 * @generated
	 */
	double getPagingUseLimit();

	/**
	 * Sets the value of the '{@link ssiplan.model.PlanningSettings#getPagingUseLimit <em>Paging Use Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Paging Use Limit</em>' attribute.
	 * @see #getPagingUseLimit()
	 * @generated
	 */
	void setPagingUseLimit(double value);

	/**
	 * Returns the value of the '<em><b>Release Limits</b></em>' containment reference list.
	 * The list contents are of type {@link ssiplan.model.ReleaseLimit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maximum SSI members per z/VM release. 4 is confirmed up to 7.2 [C]; 8 for 7.3 and later is unconfirmed [U], which is why it is a setting.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Release Limits</em>' containment reference list.
	 * @see ssiplan.model.SsiplanPackage#getPlanningSettings_ReleaseLimits()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReleaseLimit> getReleaseLimits();

} // PlanningSettings
