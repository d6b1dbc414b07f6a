/**
 */
package ssiplan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workload Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How the guest's workload behaves, for relocation and capacity simulation. Defaults are the simulator's when unset.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.WorkloadProfile#getTouchedStorageMiB <em>Touched Storage Mi B</em>}</li>
 *   <li>{@link ssiplan.model.WorkloadProfile#getDirtyPagesPerSecond <em>Dirty Pages Per Second</em>}</li>
 *   <li>{@link ssiplan.model.WorkloadProfile#getWritableWorkingSetMiB <em>Writable Working Set Mi B</em>}</li>
 *   <li>{@link ssiplan.model.WorkloadProfile#getCpuDemand <em>Cpu Demand</em>}</li>
 *   <li>{@link ssiplan.model.WorkloadProfile#getStateTransferSeconds <em>State Transfer Seconds</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getWorkloadProfile()
 * @model
 * @generated
 */
public interface WorkloadProfile extends EObject {
	/**
	 * Returns the value of the '<em><b>Touched Storage Mi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Storage the guest has ever touched: what the first LGR memory pass sends [C].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Touched Storage Mi B</em>' attribute.
	 * @see #setTouchedStorageMiB(int)
	 * @see ssiplan.model.SsiplanPackage#getWorkloadProfile_TouchedStorageMiB()
	 * @model
	 * @generated
	 */
	int getTouchedStorageMiB();

	/**
	 * Sets the value of the '{@link ssiplan.model.WorkloadProfile#getTouchedStorageMiB <em>Touched Storage Mi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Touched Storage Mi B</em>' attribute.
	 * @see #getTouchedStorageMiB()
	 * @generated
	 */
	void setTouchedStorageMiB(int value);

	/**
	 * Returns the value of the '<em><b>Dirty Pages Per Second</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 4 KiB pages written per second while running.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dirty Pages Per Second</em>' attribute.
	 * @see #setDirtyPagesPerSecond(double)
	 * @see ssiplan.model.SsiplanPackage#getWorkloadProfile_DirtyPagesPerSecond()
	 * @model
	 * @generated
	 */
	double getDirtyPagesPerSecond();

	/**
	 * Sets the value of the '{@link ssiplan.model.WorkloadProfile#getDirtyPagesPerSecond <em>Dirty Pages Per Second</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dirty Pages Per Second</em>' attribute.
	 * @see #getDirtyPagesPerSecond()
	 * @generated
	 */
	void setDirtyPagesPerSecond(double value);

	/**
	 * Returns the value of the '<em><b>Writable Working Set Mi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upper bound on what one pass can find dirty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Writable Working Set Mi B</em>' attribute.
	 * @see #setWritableWorkingSetMiB(int)
	 * @see ssiplan.model.SsiplanPackage#getWorkloadProfile_WritableWorkingSetMiB()
	 * @model
	 * @generated
	 */
	int getWritableWorkingSetMiB();

	/**
	 * Sets the value of the '{@link ssiplan.model.WorkloadProfile#getWritableWorkingSetMiB <em>Writable Working Set Mi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Writable Working Set Mi B</em>' attribute.
	 * @see #getWritableWorkingSetMiB()
	 * @generated
	 */
	void setWritableWorkingSetMiB(int value);

	/**
	 * Returns the value of the '<em><b>Cpu Demand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Processors the workload keeps busy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpu Demand</em>' attribute.
	 * @see #setCpuDemand(double)
	 * @see ssiplan.model.SsiplanPackage#getWorkloadProfile_CpuDemand()
	 * @model
	 * @generated
	 */
	double getCpuDemand();

	/**
	 * Sets the value of the '{@link ssiplan.model.WorkloadProfile#getCpuDemand <em>Cpu Demand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Demand</em>' attribute.
	 * @see #getCpuDemand()
	 * @generated
	 */
	void setCpuDemand(double value);

	/**
	 * Returns the value of the '<em><b>State Transfer Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time to move guest state and devices during quiesce; unset = simulator default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State Transfer Seconds</em>' attribute.
	 * @see #isSetStateTransferSeconds()
	 * @see #unsetStateTransferSeconds()
	 * @see #setStateTransferSeconds(double)
	 * @see ssiplan.model.SsiplanPackage#getWorkloadProfile_StateTransferSeconds()
	 * @model unsettable="true"
	 * @generated
	 */
	double getStateTransferSeconds();

	/**
	 * Sets the value of the '{@link ssiplan.model.WorkloadProfile#getStateTransferSeconds <em>State Transfer Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State Transfer Seconds</em>' attribute.
	 * @see #isSetStateTransferSeconds()
	 * @see #unsetStateTransferSeconds()
	 * @see #getStateTransferSeconds()
	 * @generated
	 */
	void setStateTransferSeconds(double value);

	/**
	 * Unsets the value of the '{@link ssiplan.model.WorkloadProfile#getStateTransferSeconds <em>State Transfer Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStateTransferSeconds()
	 * @see #getStateTransferSeconds()
	 * @see #setStateTransferSeconds(double)
	 * @generated
	 */
	void unsetStateTransferSeconds();

	/**
	 * Returns whether the value of the '{@link ssiplan.model.WorkloadProfile#getStateTransferSeconds <em>State Transfer Seconds</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>State Transfer Seconds</em>' attribute is set.
	 * @see #unsetStateTransferSeconds()
	 * @see #getStateTransferSeconds()
	 * @see #setStateTransferSeconds(double)
	 * @generated
	 */
	boolean isSetStateTransferSeconds();

} // WorkloadProfile
